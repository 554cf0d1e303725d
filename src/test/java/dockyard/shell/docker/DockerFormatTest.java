package dockyard.shell.docker;

import dockyard.shell.CommandResult;
import dockyard.shell.ShellSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DockerFormatTest {
    private final ShellSession s = new ShellSession(5);

    @BeforeEach
    void buildAnAppAndStartNginx() {
        s.run("mkdir app");
        s.run("cat > app/Dockerfile <<'EOF'\nFROM busybox\nLABEL tier=web\nRUN echo hi > /hi.txt\nCOPY a.txt /a.txt\nENV MODE=prod\nCMD [\"sleep\", \"3600\"]\nEOF");
        s.run("echo a > app/a.txt");
        assertThat(s.run("docker build -q -t app:1 app").exit()).isZero();
        assertThat(s.run("docker run -d --name web -p 8080:80 nginx").exit()).isZero();
    }

    private CommandResult run(String command) {
        return s.run(command);
    }

    @Test
    void inspectFormatPrintsOneValuePerObject() {
        CommandResult r = run("docker inspect --format '{{.State.Status}}' web");
        assertThat(r.exit()).isZero();
        assertThat(r.stdout()).isEqualTo("running\n");
        assertThat(run("docker container inspect -f '{{.Name}} {{.State.Running}}' web").stdout()).isEqualTo("/web true\n");
    }

    @Test
    void onlyRunAndCopyAddLayersOnTopOfTheBaseImage() {
        // busybox has one layer; RUN and COPY add one each; LABEL, ENV and CMD only change the config.
        assertThat(run("docker image inspect --format '{{len .RootFS.Layers}}' app:1").stdout()).isEqualTo("3\n");
        assertThat(run("docker image inspect -f '{{json .Config.Labels}}' app:1").stdout()).isEqualTo("{\"tier\":\"web\"}\n");
        assertThat(run("docker inspect -f '{{index .Config.Labels \"tier\"}} {{.Config.Labels.absent}}' app:1").stdout())
                .isEqualTo("web <no value>\n");
    }

    @Test
    void imageAndContainerInspectLookOnlyAtTheirKind() {
        CommandResult r = run("docker container inspect app:1");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.stdout()).isEqualTo("[]\n");
        assertThat(r.stderr()).isEqualTo("Error: No such container: app:1\n");
        assertThat(run("docker image inspect -f '{{.Name}}' web").stderr()).isEqualTo("Error: No such image: web\n");
        assertThat(run("docker inspect --type volume web").stderr()).isEqualTo("\"volume\" is not a valid value for --type\n");
    }

    @Test
    void anUnknownFunctionIsAParsingErrorThatExits64() {
        CommandResult r = run("docker inspect -f '{{foo .Id}}' web");
        assertThat(r.exit()).isEqualTo(64);
        assertThat(r.stdout()).isEmpty();
        assertThat(r.stderr()).isEqualTo("template parsing error: template: :1: function \"foo\" not defined\n");
    }

    @Test
    void aMissingFieldFailsThatObjectAndTheOthersStillPrint() {
        CommandResult r = run("docker inspect -f '{{.Config.User}}{{.State.Pid}}' app:1 web nosuch");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.stdout()).isEmpty();
        assertThat(r.stderr()).isEqualTo("template parsing error: template: :1:18: executing \"\" at <.State.Pid>: map has no entry for key \"State\"\n"
                + "template parsing error: template: :1:18: executing \"\" at <.State.Pid>: map has no entry for key \"Pid\"\n"
                + "Error: No such object: nosuch\n");
    }

    @Test
    void psFormatPrintsTheChosenPlaceholders() {
        CommandResult r = run("docker ps --format '{{.Names}}: {{.Image}} {{.State}} {{.Ports}}'");
        assertThat(r.exit()).isZero();
        assertThat(r.stdout()).isEqualTo("web: nginx running 0.0.0.0:8080->80/tcp, [::]:8080->80/tcp\n");
        String id = run("docker ps -q").stdout();
        assertThat(run("docker ps --format '{{.ID}}'").stdout()).isEqualTo(id).hasSize(13);
    }

    @Test
    void aTableFormatAddsTheHeaderAndAlignsColumns() {
        assertThat(run("docker ps --format 'table {{.Names}}\\t{{.Image}}\\t{{upper .State}}'").stdout())
                .isEqualTo("NAMES     IMAGE     STATE\nweb       nginx     RUNNING\n");
        assertThat(run("docker images --format 'table {{.Repository}}\\t{{.Tag}}\\t{{.Size}}'").stdout())
                .isEqualTo("REPOSITORY   TAG       SIZE\napp          1         4.27MB\nnginx        latest    192MB\n");
        assertThat(run("docker ps --format table").stdout()).isEqualTo(run("docker ps").stdout());
        assertThat(run("docker images --format table").stdout()).isEqualTo(run("docker images").stdout());
    }

    @Test
    void withoutTableTheTabStaysATab() {
        assertThat(run("docker images --format '{{.Repository}}:{{.Tag}}\\t{{.ID}}'").stdout()).startsWith("app:1\t");
    }

    @Test
    void jsonFormatPrintsOneObjectPerRowWithSortedKeys() {
        String out = run("docker ps --format json").stdout();
        assertThat(out).startsWith("{\"Command\":\"\\\"/docker-entrypoint.…\\\"\",\"CreatedAt\":").contains("\"Names\":\"web\"").endsWith("}\n");
    }

    @Test
    void aFieldPsDoesNotHaveFailsBeforeListing() {
        CommandResult r = run("docker ps -a --format '{{.Foo}}'");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.stderr()).isEqualTo("failed to execute template: template: :1:2: executing \"\" at <.Foo>: can't evaluate field Foo in type *formatter.ContainerContext\n");
        assertThat(run("docker images --format '{{.Foo}}'").stderr())
                .startsWith("Template parsing error: template: :1:2: executing \"\" at <.Foo>: can't evaluate field Foo in type *formatter.imageContext\n");
    }

    @Test
    void quietWinsOverFormatWithDockersWarning() {
        CommandResult r = run("docker ps -q --format '{{.Names}}'");
        assertThat(r.stdout()).isEqualTo(run("docker ps -q").stdout());
        assertThat(r.stderr()).isEqualTo("WARNING: Ignoring custom format, because both --format and --quiet are set.\n");
    }

    @Test
    void helpListsTheFormatFlag() {
        assertThat(run("docker ps --help").stdout()).contains("      --format string   Format output using a custom template");
        assertThat(run("docker image inspect --help").stdout()).contains("  -f, --format string");
    }

    @Test
    void theDocsIpAddressExampleRangesOverNetworks() {
        assertThat(run("docker inspect --format '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' web").stdout())
                .isEqualTo(run("docker inspect -f '{{.NetworkSettings.IPAddress}}' web").stdout()).matches("172\\.17\\.\\d+\\.\\d+\n");
        assertThat(run("docker inspect -f '{{range $p, $conf := .NetworkSettings.Ports}}{{$p}} -> {{(index $conf 0).HostPort}}{{end}}' web").stdout())
                .isEqualTo("80/tcp -> 8080\n");
        assertThat(run("docker inspect -f '{{.Config.Image}} {{.HostConfig.PortBindings}}' web").stdout())
                .isEqualTo("nginx map[80/tcp:[{ 8080}]]\n");
    }

    @Test
    void mountsListEachVolume() {
        run("docker run -d --name db -v ./data:/var/lib/data:ro -v cache:/cache nginx");
        assertThat(run("docker inspect -f '{{range .Mounts}}{{.Type}} {{.Source}} -> {{.Destination}} rw={{.RW}};{{end}}' db").stdout())
                .isEqualTo("bind /home/learner/data -> /var/lib/data rw=false;volume /var/lib/docker/volumes/cache/_data -> /cache rw=true;\n");
    }

    @Test
    void historyFormatListsEachStep() {
        CommandResult r = run("docker history --format '{{.CreatedBy}}|{{.Size}}' app:1");
        assertThat(r.exit()).isZero();
        assertThat(r.stdout()).startsWith("CMD [\"sleep\",\"3600\"]|0B\nENV MODE=prod|0B\nCOPY a.txt /a.txt # buildkit|");
        assertThat(run("docker history --format 'table {{.ID}}\\t{{.Comment}}' app:1").stdout())
                .startsWith("IMAGE          COMMENT\n" + run("docker images --format '{{.ID}}' app:1").stdout().strip() + "   \n");
        assertThat(run("docker history --format '{{.ID}}' nosuch").stderr()).isEqualTo("Error response from daemon: No such image: nosuch:latest\n");
    }

    @Test
    void imagesWithAReferenceListsOnlyThatRepositoryOrTag() {
        run("docker tag app:1 app:2");
        assertThat(run("docker images --format '{{.Repository}}:{{.Tag}}' app").stdout()).isEqualTo("app:1\napp:2\n");
        assertThat(run("docker images --format '{{.Repository}}:{{.Tag}}' app:2").stdout()).isEqualTo("app:2\n");
        assertThat(run("docker images nginx").stdout()).startsWith("REPOSITORY   TAG       IMAGE ID").contains("\nnginx ").doesNotContain("app");
        assertThat(run("docker images -q nosuch").stdout()).isEmpty();
    }

    @Test
    void psLabelReadsOneLabelOfTheContainer() {
        run("docker run -d --name api app:1");
        assertThat(run("docker ps --format '{{.Names}} {{.Label \"tier\"}} [{{.Label \"none\"}}] {{.Labels}}'").stdout())
                .isEqualTo("api web [] tier=web\nweb  [] maintainer=NGINX Docker Maintainers <docker-maint@nginx.com>\n");
    }
}
