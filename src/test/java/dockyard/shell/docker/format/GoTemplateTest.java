package dockyard.shell.docker.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GoTemplateTest {
    private static final JsonNode CONTAINER = json("""
            {"Id": "4f2a", "Name": "/web",
             "State": {"Status": "running", "Running": true, "ExitCode": 0},
             "Config": {"Cmd": ["nginx", "-g", "daemon off;"], "Entrypoint": null, "Env": ["PATH=/usr/bin", "A=1"],
                        "Labels": {"maintainer": "NGINX <docker-maint@nginx.com>", "tier": "web"}},
             "NetworkSettings": {"IPAddress": "172.17.0.2",
                                 "Ports": {"80/tcp": [{"HostIp": "0.0.0.0", "HostPort": "8080"}]}},
             "RootFS": {"Type": "layers", "Layers": ["sha256:a", "sha256:b", "sha256:c"]}}
            """);

    private static JsonNode json(String s) {
        try {
            return new ObjectMapper().readTree(s);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String run(String template) throws TemplateError {
        return GoTemplate.parse(template).execute(CONTAINER, null);
    }

    @Test
    void aFieldPathPrintsTheValue() throws TemplateError {
        assertThat(run("{{.State.Status}}")).isEqualTo("running");
        assertThat(run("{{.State.Running}} {{.State.ExitCode}}")).isEqualTo("true 0");
    }

    @Test
    void slicesAndMapsPrintAsGoPrintsThem() throws TemplateError {
        assertThat(run("{{.Config.Cmd}}")).isEqualTo("[nginx -g daemon off;]");
        assertThat(run("{{.Config.Entrypoint}}")).isEqualTo("[]");
        assertThat(run("{{.Config.Labels}}")).isEqualTo("map[maintainer:NGINX <docker-maint@nginx.com> tier:web]");
    }

    @Test
    void jsonPrintsCompactJsonWithoutEscapingHtml() throws TemplateError {
        assertThat(run("{{json .Config.Labels}}")).isEqualTo("{\"maintainer\":\"NGINX <docker-maint@nginx.com>\",\"tier\":\"web\"}");
        assertThat(run("{{json .RootFS.Layers}}")).isEqualTo("[\"sha256:a\",\"sha256:b\",\"sha256:c\"]");
    }

    @Test
    void lenIndexAndRangeReadListsAndMaps() throws TemplateError {
        assertThat(run("{{len .RootFS.Layers}}")).isEqualTo("3");
        assertThat(run("{{index .Config.Labels \"tier\"}}")).isEqualTo("web");
        assertThat(run("{{index .RootFS.Layers 1}}")).isEqualTo("sha256:b");
        assertThat(run("{{range .Config.Env}}[{{.}}]{{end}}")).isEqualTo("[PATH=/usr/bin][A=1]");
        assertThat(run("{{range $p, $conf := .NetworkSettings.Ports}}{{$p}} -> {{(index $conf 0).HostPort}}{{end}}"))
                .isEqualTo("80/tcp -> 8080");
    }

    @Test
    void ifElseChoosesByGoTruth() throws TemplateError {
        assertThat(run("{{if .State.Running}}up{{else}}down{{end}}")).isEqualTo("up");
        assertThat(run("{{if eq .State.Status \"exited\"}}x{{else if .Config.Entrypoint}}e{{else}}none{{end}}")).isEqualTo("none");
        assertThat(run("{{with .NetworkSettings.IPAddress}}ip={{.}}{{end}}")).isEqualTo("ip=172.17.0.2");
    }

    @Test
    void dockersStringFunctionsWork() throws TemplateError {
        assertThat(run("{{upper .State.Status}} {{lower \"ABC\"}} {{title \"hello world\"}}")).isEqualTo("RUNNING abc Hello World");
        assertThat(run("{{join .Config.Cmd \",\"}}")).isEqualTo("nginx,-g,daemon off;");
        assertThat(run("{{split .Name \"/\"}}")).isEqualTo("[ web]");
        assertThat(run("{{.State.Status | upper}}")).isEqualTo("RUNNING");
        assertThat(run("{{println .Id}}{{printf \"%s:%d\" .Name 5}}")).isEqualTo("4f2a\n/web:5");
    }

    @Test
    void trimMarkersEatTheSpacesBesideThem() throws TemplateError {
        assertThat(run("a  {{- .Id -}}  b")).isEqualTo("a4f2ab");
    }

    @Test
    void aMissingMapKeyPrintsNoValue() throws TemplateError {
        assertThat(run("{{.Config.Labels.version}}")).isEqualTo("<no value>");
        assertThat(run("{{index .Config.Labels \"version\"}}")).isEmpty();
    }

    @Test
    void aMissingFieldFailsWithGosMessage() {
        assertThatThrownBy(() -> run("{{.State.Foo}}")).isInstanceOf(TemplateError.class)
                .hasMessage("template: :1:2: executing \"\" at <.State.Foo>: map has no entry for key \"Foo\"");
        assertThatThrownBy(() -> GoTemplate.parse("{{.Foo}}").execute(json("{\"ID\": \"x\"}"), "*formatter.ContainerContext"))
                .hasMessage("template: :1:2: executing \"\" at <.Foo>: can't evaluate field Foo in type *formatter.ContainerContext");
    }

    @Test
    void anUnknownFunctionDoesNotParse() {
        assertThatThrownBy(() -> GoTemplate.parse("{{foo .Id}}")).isInstanceOf(TemplateError.class)
                .hasMessage("template: :1: function \"foo\" not defined")
                .matches(e -> ((TemplateError) e).parsing());
        assertThatThrownBy(() -> GoTemplate.parse("{{if .Id}}x")).hasMessage("template: :1: unexpected EOF");
        assertThatThrownBy(() -> GoTemplate.parse("{{.Id")).hasMessage("template: :1: unclosed action");
        assertThatThrownBy(() -> GoTemplate.parse("{{end}}")).hasMessage("template: :1: unexpected {{end}}");
        assertThatThrownBy(() -> GoTemplate.parse("{{$x}}")).hasMessage("template: :1: undefined variable \"$x\"");
    }

    @Test
    void aFunctionErrorNamesTheCommand() {
        assertThatThrownBy(() -> run("{{index .RootFS.Layers 5}}"))
                .hasMessage("template: :1:2: executing \"\" at <index .RootFS.Layers 5>: error calling index: index out of range: 5");
        assertThatThrownBy(() -> run("{{upper .State.ExitCode}}"))
                .hasMessage("template: :1:2: executing \"\" at <upper .State.ExitCode>: wrong type for value; expected string; got int");
    }
}
