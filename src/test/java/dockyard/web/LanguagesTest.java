package dockyard.web;

import dockyard.content.Fixtures;
import dockyard.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** ?lang=, the remembered choice, Accept-Language and the Korean fallback, on every page. */
class LanguagesTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.startWithContent(Fixtures.course());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void withoutAnyHintPagesAreKorean() {
        for (String path : new String[]{"/", "/lessons/images", "/search?q=ECR"}) {
            HttpResponse<String> r = server.client().get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.body()).as(path).contains("<html lang=\"ko\"");
        }
    }

    @Test
    void acceptLanguageChoosesEnglish() {
        HttpResponse<String> r = server.client().get("/lessons/images", "Accept-Language", "en-US,en;q=0.9");
        assertThat(r.body()).contains("<html lang=\"en\"").contains("Images and registries");
    }

    @Test
    void theLangParameterWinsAndIsRemembered() {
        TestServer.Client c = server.client();
        assertThat(c.get("/?lang=en", "Accept-Language", "ko").body()).contains("<html lang=\"en\"");
        assertThat(c.get("/lessons/running", "Accept-Language", "ko").body()).contains("<html lang=\"en\"").contains("Running containers");
        assertThat(c.get("/search?q=ECR&lang=ko").body()).contains("<html lang=\"ko\"");
        assertThat(c.get("/").body()).contains("<html lang=\"ko\"");
    }

    @Test
    void badLangValuesFallBackAndNeverError() {
        for (String bad : new String[]{"xx", "", "EN-us-x", "%3Cscript%3E", "ko%00", "en&lang=fr"}) {
            HttpResponse<String> r = server.client().get("/lessons/images?lang=" + bad);
            assertThat(r.statusCode()).as(bad).isEqualTo(200);
            assertThat(r.body()).as(bad).containsAnyOf("<html lang=\"ko\"", "<html lang=\"en\"").doesNotContain("<script>");
        }
        TestServer.Client c = server.client();
        c.get("/?lang=en");
        assertThat(c.get("/?lang=xx").body()).as("a bad value keeps the remembered choice").contains("<html lang=\"en\"");
        assertThat(server.client().get("/", "Accept-Language", "fr-FR;q=abc,,;").statusCode()).isEqualTo(200);
    }

    @Test
    void theLanguageSwitchKeepsThePageAndItsQuery() {
        String page = server.client().get("/search?q=ECR").body();
        assertThat(page).contains("href=\"/search?q=ECR&amp;lang=en\"");
        assertThat(server.client().get("/lessons/images?lang=en").body()).contains("href=\"/lessons/images?lang=ko\"");
    }
}
