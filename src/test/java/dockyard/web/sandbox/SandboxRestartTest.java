package dockyard.web.sandbox;

import dockyard.support.TestServer;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class SandboxRestartTest {
    private static final Pattern CLUSTER = Pattern.compile("<section id=\"sb-cluster\".*?</section>", Pattern.DOTALL);
    private static final Pattern CLOCK = Pattern.compile("<time datetime=\"([^\"]+)\"");

    @Test
    void afterARestartOnTheSameDatabaseThePageShowsTheSameState() {
        String cookie;
        String base;
        String cluster;
        String clock;
        String files;
        TestServer first = TestServer.start();
        try {
            TestServer.Client c = first.client();
            base = SandboxHttpTest.base(c);
            SandboxHttpTest.run(c, base, "aws ecr create-repository --repository-name kept");
            SandboxHttpTest.run(c, base, "printf 'FROM nginx\\n' > Dockerfile");
            c.postForm(base + "/advance", java.util.Map.of("seconds", "300"), "HX-Request", "true");
            cookie = c.cookie("dockyard_learner");
            String page = c.get(base + "?lang=en").body();
            cluster = part(CLUSTER, page);
            clock = part(CLOCK, page);
            files = page.substring(page.indexOf("id=\"sb-files\""));
        } finally {
            first.close();
        }
        TestServer second = TestServer.startOn(first.dbFile(), first.folder());
        try {
            TestServer.Client again = second.client();
            again.setCookie("dockyard_learner", cookie);
            String page = again.get(base + "?lang=en").body();
            assertThat(page).contains("aws ecr create-repository --repository-name kept");
            assertThat(part(CLUSTER, page)).isEqualTo(cluster).contains("kept");
            assertThat(part(CLOCK, page)).isEqualTo(clock).isEqualTo("2026-03-02T09:05:00Z");
            assertThat(page.substring(page.indexOf("id=\"sb-files\""))).isEqualTo(files).contains("Dockerfile");
            assertThat(again.get("/sandbox?lang=en").body()).contains("data-base=\"" + base + "\"");
        } finally {
            second.close();
        }
    }

    private static String part(Pattern p, String page) {
        Matcher m = p.matcher(page);
        assertThat(m.find()).isTrue();
        return m.groupCount() > 0 ? m.group(1) : m.group();
    }
}
