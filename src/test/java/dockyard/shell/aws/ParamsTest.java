package dockyard.shell.aws;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParamsTest {
    private static final Catalogue CATALOGUE = Catalogue.shared();
    private final Map<String, String> files = new java.util.HashMap<>();

    private ObjectNode build(String service, String op, String... args) throws CliError {
        LocalFiles local = new LocalFiles() {
            @Override
            public Optional<String> read(String path) {
                return Optional.ofNullable(files.get(path));
            }

            @Override
            public void write(String path, String text) {
                files.put(path, text);
            }
        };
        return new Params(CATALOGUE.service(service).operations().get(op), local).build(List.of(args));
    }

    private CliError error(String service, String op, String... args) {
        try {
            build(service, op, args);
        } catch (CliError e) {
            return e;
        }
        throw new AssertionError("expected an error");
    }

    @Test
    void kebabCaseOptionsBecomeTheApisMemberNames() {
        assertThat(Catalogue.xform("RunTask")).isEqualTo("run-task");
        assertThat(Catalogue.xform("enableECSManagedTags")).isEqualTo("enable-ecs-managed-tags");
        assertThat(Catalogue.xform("ListObjectsV2")).isEqualTo("list-objects-v2");
        assertThat(Catalogue.xform("AddRoleToInstanceProfile")).isEqualTo("add-role-to-instance-profile");
    }

    @Test
    void shorthandStructuresListsAndNumbersFollowTheModel() throws CliError {
        ObjectNode r = build("ecs", "run-task", "--task-definition", "web:1", "--count", "2", "--launch-type", "FARGATE",
                "--network-configuration", "awsvpcConfiguration={subnets=[subnet-a,subnet-b],securityGroups=sg-1,assignPublicIp=ENABLED}",
                "--enable-execute-command");
        assertThat(r.toString()).isEqualTo("{\"taskDefinition\":\"web:1\",\"count\":2,\"launchType\":\"FARGATE\","
                + "\"networkConfiguration\":{\"awsvpcConfiguration\":{\"subnets\":[\"subnet-a\",\"subnet-b\"],\"securityGroups\":[\"sg-1\"],\"assignPublicIp\":\"ENABLED\"}},"
                + "\"enableExecuteCommand\":true}");
    }

    @Test
    void listsOfStructuresTakeOneShorthandWordEach() throws CliError {
        ObjectNode r = build("ec2", "describe-instances", "--filters", "Name=instance-state-name,Values=running,pending", "Name=tag:app,Values=web");
        assertThat(r.toString()).isEqualTo("{\"Filters\":[{\"Name\":\"instance-state-name\",\"Values\":[\"running\",\"pending\"]},"
                + "{\"Name\":\"tag:app\",\"Values\":[\"web\"]}]}");
        assertThat(build("ec2", "terminate-instances", "--instance-ids", "i-1", "i-2").toString())
                .isEqualTo("{\"InstanceIds\":[\"i-1\",\"i-2\"]}");
    }

    @Test
    void jsonAndFileValuesAreReadAsTheCliDoes() throws CliError {
        files.put("defs.json", "[{\"name\": \"web\", \"image\": \"nginx\", \"memory\": 512}]");
        ObjectNode r = build("ecs", "register-task-definition", "--family", "web", "--container-definitions", "file://defs.json");
        assertThat(r.get("containerDefinitions").get(0).get("memory").asInt()).isEqualTo(512);
        files.put("td.json", "{\"family\": \"web\", \"containerDefinitions\": [{\"name\": \"web\", \"image\": \"nginx\"}]}");
        assertThat(build("ecs", "register-task-definition", "--cli-input-json", "file://td.json").get("family").asText()).isEqualTo("web");
    }

    @Test
    void userDataIsBase64EncodedByTheCli() throws CliError {
        files.put("ud.sh", "#!/bin/bash\necho ECS_CLUSTER=demo >> /etc/ecs/ecs.config\n");
        ObjectNode r = build("ec2", "run-instances", "--image-id", "ami-1", "--min-count", "1", "--max-count", "1", "--user-data", "file://ud.sh");
        assertThat(new String(java.util.Base64.getDecoder().decode(r.get("UserData").asText()))).isEqualTo(files.get("ud.sh"));
    }

    @Test
    void missingRequiredArgumentsAreAUsageError() {
        CliError e = error("ecs", "register-task-definition");
        assertThat(e.exit()).isEqualTo(252);
        assertThat(e.getMessage()).endsWith("aws: error: the following arguments are required: --family, --container-definitions\n");
    }

    @Test
    void anOptionWithoutItsValueExpectsOneArgument() {
        assertThat(error("ecs", "list-tasks", "--cluster").getMessage()).endsWith("aws: error: argument --cluster: expected one argument\n");
    }

    @Test
    void unknownOptionsAreListedWithTheClosestName() {
        CliError e = error("ecs", "list-tasks", "--clustr", "demo");
        assertThat(e.exit()).isEqualTo(252);
        assertThat(e.getMessage()).contains("Unknown options: --clustr, demo\n").contains("  * --cluster\n");
    }

    @Test
    void botocoreValidationRejectsWrongTypesAndUnknownMembers() {
        files.put("bad.json", "[{\"name\": \"web\", \"image\": \"nginx\", \"cpu\": \"256\"}]");
        CliError e = error("ecs", "register-task-definition", "--family", "web", "--container-definitions", "file://bad.json",
                "--volumes", "[{\"name\": \"data\", \"s3VolumeConfiguration\": {}}]");
        assertThat(e.exit()).isEqualTo(252);
        assertThat(e.getMessage()).isEqualTo("\nParameter validation failed:\n"
                + "Invalid type for parameter containerDefinitions[0].cpu, value: 256, type: <class 'str'>, valid types: <class 'int'>\n"
                + "Unknown parameter in volumes[0]: \"s3VolumeConfiguration\", must be one of: name, host, dockerVolumeConfiguration, "
                + "efsVolumeConfiguration, fsxWindowsFileServerVolumeConfiguration, configuredAtLaunch\n");
    }

    @Test
    void invalidJsonAndMissingFilesAreParameterErrors() {
        assertThat(error("ecs", "register-task-definition", "--family", "x", "--container-definitions", "[{\"name\": }]").getMessage())
                .startsWith("\nError parsing parameter '--container-definitions': Invalid JSON: ");
        assertThat(error("ecs", "register-task-definition", "--cli-input-json", "file://nope.json").getMessage())
                .isEqualTo("\nError parsing parameter '--cli-input-json': Unable to load paramfile file://nope.json: [Errno 2] No such file or directory: 'nope.json'\n");
    }

    @Test
    void badShorthandPointsAtTheProblem() {
        assertThat(error("ecs", "run-task", "--task-definition", "x", "--network-configuration", "awsvpcConfiguration").getMessage())
                .isEqualTo("\nError parsing parameter '--network-configuration': Expected: '=', received: 'EOF' for input:\nawsvpcConfiguration\n                   ^\n");
    }

    @Test
    void closeMatchesFollowDifflib() {
        assertThat(Usage.closeMatches("ecz", List.of("ecs", "ecr", "efs", "iam"))).containsExactly("ecs", "ecr");
        assertThat(Usage.ratio("abcd", "bcde")).isEqualTo(0.75);
    }
}
