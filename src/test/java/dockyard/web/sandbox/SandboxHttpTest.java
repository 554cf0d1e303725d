package dockyard.web.sandbox;

import dockyard.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class SandboxHttpTest {
    private static final Pattern BASE = Pattern.compile("data-base=\"(/sandbox/[A-Za-z0-9_-]+)\"");
    private static final Pattern SHARE = Pattern.compile("/s/([A-Za-z0-9_-]{20,})");
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String base(TestServer.Client c) {
        String page = c.get("/sandbox?lang=en").body();
        Matcher m = BASE.matcher(page);
        assertThat(m.find()).as("the page names its sandbox").isTrue();
        return m.group(1);
    }

    static HttpResponse<String> run(TestServer.Client c, String base, String command) {
        return c.postForm(base + "/run", Map.of("command", command), "HX-Request", "true");
    }

    @Test
    void aCommandRunsAndItsOutputAndTheClusterComeBack() {
        TestServer.Client c = server.client();
        String base = base(c);
        HttpResponse<String> r = run(c, base, "aws ecr create-repository --repository-name web");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("aws ecr create-repository --repository-name web").contains("repositoryUri")
                .contains("id=\"sb-cluster\"").contains("hx-swap-oob").contains("web");
        assertThat(c.get(base + "?lang=en").body()).contains("aws ecr create-repository").contains("Cluster");
    }

    @Test
    void withoutJavascriptACommandRedirectsBackToThePage() {
        TestServer.Client c = server.client();
        String base = base(c);
        HttpResponse<String> r = c.postForm(base + "/run", Map.of("command", "echo hello"));
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).contains(base);
        assertThat(c.get(base).body()).contains("echo hello");
    }

    @Test
    void unknownAndForeignSandboxesAreNotFoundAndUnchanged() {
        TestServer.Client owner = server.client();
        String base = base(owner);
        run(owner, base, "echo mine");
        TestServer.Client other = server.client();
        other.get("/sandbox");
        for (String path : new String[]{base, base + "/scene", base + "/complete?line=aws", "/sandbox/nope", "/sandbox/nope/scene"}) {
            HttpResponse<String> r = other.get(path + (path.contains("?") ? "&" : "?") + "lang=en");
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.body()).as(path).contains("no such sandbox").doesNotContain("echo mine");
        }
        for (String action : new String[]{"/run", "/advance", "/files", "/undo", "/reset", "/share"}) {
            HttpResponse<String> r = other.postForm(base + action + "?lang=en",
                    Map.of("command", "echo theirs", "seconds", "10", "path", "x", "text", "y"));
            assertThat(r.statusCode()).as(action).isEqualTo(404);
            HttpResponse<String> unknown = other.postForm("/sandbox/nope" + action, Map.of("command", "echo theirs"));
            assertThat(unknown.statusCode()).as(action).isEqualTo(404);
        }
        String page = owner.get(base).body();
        assertThat(page).contains("echo mine").doesNotContain("echo theirs").doesNotContain("/s/");
    }

    @Test
    void aHundredKibCommandIsRefusedAndChangesNothing() {
        TestServer.Client c = server.client();
        String base = base(c);
        String big = "echo " + "x".repeat(100 * 1024);
        HttpResponse<String> r = c.postForm(base + "/run?lang=en", Map.of("command", big), "HX-Request", "true");
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("at most 64 KiB");
        assertThat(c.get(base).body()).doesNotContain("xxxxxxxxxx");
    }

    @Test
    void commandsOverTheRateLimitAreRefusedWithAClearMessage() {
        TestServer.Client c = server.client();
        String base = base(c);
        int refused = 0;
        HttpResponse<String> last = null;
        for (int i = 0; i < 25; i++) {
            HttpResponse<String> r = c.postForm(base + "/run?lang=en", Map.of("command", "echo n" + i), "HX-Request", "true");
            if (r.statusCode() == 429) {
                refused++;
                last = r;
            }
        }
        assertThat(refused).isGreaterThanOrEqualTo(5);
        assertThat(last.body()).contains("Too many commands");
        assertThat(last.headers().firstValue("Retry-After")).isPresent();
        assertThat(c.get(base).body()).contains("echo n0").doesNotContain("echo n24");
    }

    @Test
    void undoRemovesTheLastCommandAndResetRemovesThemAll() {
        TestServer.Client c = server.client();
        String base = base(c);
        run(c, base, "aws ecr create-repository --repository-name first");
        run(c, base, "aws ecr create-repository --repository-name second");
        assertThat(c.postForm(base + "/undo", Map.of()).statusCode()).isEqualTo(303);
        String page = c.get(base).body();
        assertThat(page).contains("repository-name first").doesNotContain("repository-name second");
        assertThat(run(c, base, "aws ecr describe-repositories --query 'repositories[].repositoryName'").body())
                .contains("first").doesNotContain("\"second\"");
        assertThat(c.postForm(base + "/reset", Map.of()).statusCode()).isEqualTo(303);
        assertThat(c.get(base).body()).doesNotContain("repository-name first");
        assertThat(c.postForm(base + "/undo?lang=en", Map.of()).statusCode()).isEqualTo(409);
    }

    @Test
    void aShareLinkIsReadOnlyAndCanBeForked() {
        TestServer.Client owner = server.client();
        String base = base(owner);
        run(owner, base, "aws ecr create-repository --repository-name shared-repo");
        owner.postForm(base + "/share", Map.of());
        Matcher m = SHARE.matcher(owner.get(base).body());
        assertThat(m.find()).isTrue();
        String token = m.group(1);

        TestServer.Client visitor = server.client();
        String shared = visitor.get("/s/" + token + "?lang=en").body();
        assertThat(shared).contains("read-only").contains("shared-repo").doesNotContain("id=\"sb-command\"");
        HttpResponse<String> write = visitor.postForm("/s/" + token + "/run?lang=en", Map.of("command", "echo sneaky"));
        assertThat(write.statusCode()).isEqualTo(403);
        assertThat(write.body()).contains("read-only");
        assertThat(visitor.postForm(base + "/run", Map.of("command", "echo sneaky")).statusCode()).isEqualTo(404);
        assertThat(owner.get(base).body()).doesNotContain("echo sneaky");
        assertThat(visitor.get("/s/not-a-token").statusCode()).isEqualTo(404);

        HttpResponse<String> fork = visitor.postForm("/s/" + token + "/fork", Map.of());
        assertThat(fork.statusCode()).isEqualTo(303);
        String mine = fork.headers().firstValue("Location").orElseThrow();
        assertThat(mine).startsWith("/sandbox/").isNotEqualTo(base);
        run(visitor, mine, "aws ecr create-repository --repository-name forked-only");
        assertThat(visitor.get(mine).body()).contains("shared-repo").contains("forked-only");
        assertThat(owner.get(base).body()).doesNotContain("forked-only");
    }

    @Test
    void savingAFileLogsAHeredocAndTheShellSeesTheFile() {
        TestServer.Client c = server.client();
        String base = base(c);
        HttpResponse<String> saved = c.postForm(base + "/files", Map.of("path", "app/Dockerfile", "text", "FROM nginx:1.27\nEXPOSE 80"), "HX-Request", "true");
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).contains("cat &gt; app/Dockerfile &lt;&lt;&#39;EOF&#39;").contains("app/Dockerfile");
        assertThat(run(c, base, "cat app/Dockerfile").body()).contains("EXPOSE 80");
        HttpResponse<String> bad = c.postForm(base + "/files?lang=en", Map.of("path", "../etc/passwd", "text", "x"), "HX-Request", "true");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("plain path");
    }

    @Test
    void timeButtonsAdvanceTheClockWithALoggedCommandAndPlayStepsCoalesce() {
        TestServer.Client c = server.client();
        String base = base(c);
        assertThat(c.postForm(base + "/advance", Map.of("seconds", "60"), "HX-Request", "true").body()).contains("09:01:00");
        c.postForm(base + "/advance", Map.of("seconds", "20", "play", "1"), "HX-Request", "true");
        String last = c.postForm(base + "/advance", Map.of("seconds", "20", "play", "1"), "HX-Request", "true").body();
        assertThat(last).contains("09:01:40");
        String page = c.get(base).body();
        assertThat(page).contains("sim advance 60s").contains("sim advance 40s").doesNotContain("sim advance 20s");
        assertThat(c.postForm(base + "/advance?lang=en", Map.of("seconds", "99999")).statusCode()).isEqualTo(400);
        assertThat(c.postForm(base + "/advance?lang=en", Map.of("seconds", "abc")).statusCode()).isEqualTo(400);
    }

    @Test
    void tabCompletionOffersCommandsOperationsAndParameters() {
        TestServer.Client c = server.client();
        String base = base(c);
        assertThat(c.get(base + "/complete?line=do").body()).contains("docker");
        assertThat(c.get(base + "/complete?line=aws%20ec").body()).contains("ecr").contains("ec2");
        assertThat(c.get(base + "/complete?line=aws%20ecr%20create-rep").body()).contains("create-repository");
        assertThat(c.get(base + "/complete?line=aws%20ecr%20create-repository%20--repo").body()).contains("--repository-name");
    }
}
