package dockyard.web;

import dockyard.content.Fixtures;
import dockyard.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** /search over the fixture course in both languages. */
class SearchTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.startWithContent(Fixtures.course());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> search(String q, String lang) {
        return server.client().get("/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&lang=" + lang);
    }

    @Test
    void aKoreanWordFindsTheSectionAndLinksToItsAnchor() {
        HttpResponse<String> r = search("리포지토리", "ko");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("href=\"/lessons/images#registries\"").contains("<mark>리포지토리</mark>")
                .contains("“리포지토리” 검색 결과 1건");
    }

    @Test
    void resultsInThePagesLanguageComeFirstAndOthersLinkToTheirLanguage() {
        String body = search("ECR", "en").body();
        int english = body.indexOf("href=\"/lessons/images#registries\"");
        int korean = body.indexOf("href=\"/lessons/images?lang=ko#registries\"");
        assertThat(english).isPositive();
        assertThat(korean).isGreaterThan(english);
        assertThat(body).contains("In Korean");
    }

    @Test
    void shortKoreanQueriesStillFindWords() {
        String body = search("역할", "ko").body();
        assertThat(body).contains("href=\"/lessons/first-steps#exam-tips\"").contains("<mark>역할</mark>");
        assertThat(search("VM", "en").body()).contains("<mark>VM</mark>");
    }

    @Test
    void everyTermMustMatch() {
        assertThat(search("ECR 리포지토리", "ko").body()).contains("href=\"/lessons/images#registries\"");
        assertThat(search("ECR zebra", "ko").body()).contains("일치하는 내용이 없습니다");
    }

    @Test
    void oddQueriesAreHarmless() {
        for (String q : new String[]{"", "   ", "\"", "a\"b OR c", "NEAR(", "*", "%", "_", "<script>alert(1)</script>", "x".repeat(5000), "AND", "-"}) {
            HttpResponse<String> r = search(q, "en");
            assertThat(r.statusCode()).as(q).isEqualTo(200);
            assertThat(r.body()).as(q).doesNotContain("<script>alert");
        }
        assertThat(search("%", "en").body()).contains("Nothing matched");
    }

    @Test
    void theHeaderHasASearchBoxOnEveryPage() {
        assertThat(server.client().get("/?lang=en").body()).contains("role=\"search\"").contains("action=\"/search\"").contains("name=\"q\"");
    }
}
