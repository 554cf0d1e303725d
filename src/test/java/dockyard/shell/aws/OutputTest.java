package dockyard.shell.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class OutputTest {
    private static JsonNode json(String s) throws Exception {
        return new ObjectMapper().readTree(s);
    }

    @Test
    void jsonIsIndentedWithFourSpacesAsPythonPrintsIt() throws Exception {
        assertThat(Output.format(json("{\"a\":[1,{\"b\":true}],\"c\":[],\"d\":{}}"), "json", "X"))
                .isEqualTo("{\n    \"a\": [\n        1,\n        {\n            \"b\": true\n        }\n    ],\n    \"c\": [],\n    \"d\": {}\n}\n");
    }

    @Test
    void yamlIsBlockStyleInResponseOrder() throws Exception {
        assertThat(Output.format(json("{\"b\":[{\"x\":1}],\"a\":\"v\"}"), "yaml", "X")).isEqualTo("b:\n- x: 1\na: v\n");
    }

    @Test
    void anEmptyResponsePrintsNothing() throws Exception {
        assertThat(Output.format(json("{}"), "json", "X")).isEmpty();
    }

    @Test
    void textOutputFollowsAwsclisTextFormatter() throws Exception {
        JsonNode data = json("{\"taskArns\":[\"arn:1\",\"arn:2\"],\"nextToken\":null}");
        assertThat(Output.format(data, "text", "ListTasks")).isEqualTo("None\nTASKARNS\tarn:1\nTASKARNS\tarn:2\n");
        JsonNode clusters = json("{\"clusters\":[{\"clusterName\":\"a\",\"status\":\"ACTIVE\",\"tags\":[]},{\"clusterName\":\"b\",\"status\":\"ACTIVE\"}]}");
        assertThat(Output.format(clusters, "text", "DescribeClusters")).isEqualTo("CLUSTERS\ta\tACTIVE\nCLUSTERS\tb\tACTIVE\n");
    }

    @Test
    void timestampsPrintAsIso8601InUtc() throws Exception {
        JsonNode data = Output.timestamps(json("{\"tasks\":[{\"createdAt\":1772442005.123,\"cpu\":\"256\"}]}"), Set.of("createdAt"));
        assertThat(data.at("/tasks/0/createdAt").asText()).isEqualTo("2026-03-02T09:00:05.123000+00:00");
    }

    @Test
    void tablesDrawBoxesLikeTheCli() throws Exception {
        String t = Output.format(json("{\"Account\":\"123456789012\",\"Arn\":\"arn:aws:iam::123456789012:user/learner\"}"), "table", "GetCallerIdentity");
        assertThat(t).isEqualTo("""
                ------------------------------------------------------------
                |                     GetCallerIdentity                    |
                +---------------+------------------------------------------+
                |    Account    |                   Arn                    |
                +---------------+------------------------------------------+
                |  123456789012 |  arn:aws:iam::123456789012:user/learner  |
                +---------------+------------------------------------------+
                """);
    }
}
