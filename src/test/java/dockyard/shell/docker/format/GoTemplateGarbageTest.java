package dockyard.shell.docker.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class GoTemplateGarbageTest {
    private static final String[] PIECES = {"{{", "}}", "{{-", " -}}", ".", ".A", ".A.B", ".L", "$", "$x", "$x :=", ":=", ",", "(", ")", "|",
            "\"s\"", "`r`", "\"", "1", "-3", "2.5", "true", "nil", "if", "else", "end", "range", "with", "len", "index", "json", "upper",
            "pad", "truncate", "split", "join", "printf", "println", "eq", "lt", "and", "not", "/*", "*/", " ", "\n", "x", "}", "{"};
    private static final JsonNode DATA = json("{\"A\": {\"B\": [1, \"two\", null], \"C\": {\"k\": \"v\"}}, \"L\": [\"a\", \"b\"], \"N\": 3}");

    private static JsonNode json(String s) {
        try {
            return new ObjectMapper().readTree(s);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    void anyTemplateEitherRunsOrFailsWithATemplateError() {
        List<String> templates = new ArrayList<>(List.of("{{pad \"a\" -1 -2}}", "{{truncate \"abc\" -1}}", "{{index .L -1}}", "{{index}}",
                "{{len}}", "{{printf}}", "{{printf \"%d %s %q %x %\" 1 .L}}", "{{(}}", "{{)}}", "{{.A | }}", "{{range}}{{end}}", "{{-}}",
                "{{- -}}", "{{/* open}}", "{{\"a}}", "{{range $i, $v := .A}}{{$i}}{{end}}", "{{with $x := .N}}{{$x}}{{end}}{{$x}}",
                "{{else}}", "{{if 1}}{{else}}{{else}}{{end}}", "{{(index .L 0).X}}", "{{.N.X}}", "{{json .A.C | len}}", "{{split .N \",\"}}",
                "{{join .A \",\"}}", "{{eq .L .L}}", "{{lt .N 2.5}}", "{{range .N}}{{end}}", "{{template \"x\"}}", "{{.A.B.0}}"));
        Random r = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + r.nextInt(10);
            for (int k = 0; k < n; k++) b.append(PIECES[r.nextInt(PIECES.length)]).append(r.nextBoolean() ? " " : "");
            templates.add(b.toString());
        }
        int ran = 0;
        for (String t : templates) {
            try {
                GoTemplate.parse(t).execute(DATA, null);
                GoTemplate.parse(t).executeHeader(DATA);
                ran++;
            } catch (TemplateError expected) {
                assertThat(expected.getMessage()).as(t).startsWith("template: :");
            } catch (RuntimeException e) {
                throw new AssertionError("template " + t + " threw " + e, e);
            }
        }
        assertThat(ran).isGreaterThan(100);
    }

    @Test
    void nestedRangesCannotStallTheSandbox() {
        String nested = "{{range $.L}}".repeat(40) + "x" + "{{end}}".repeat(40);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> GoTemplate.parse(nested).execute(DATA, null))
                .isInstanceOf(TemplateError.class).hasMessageContaining("the sandbox stops a template after");
    }
}
