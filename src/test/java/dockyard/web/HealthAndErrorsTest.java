package dockyard.web;

import dockyard.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

class HealthAndErrorsTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void healthzAnswersOkWhenTheDatabaseIsReachable() {
        HttpResponse<String> r = server.client().get("/healthz");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("ok");
    }

    @Test
    void anUnknownPageIsAFriendly404InTheLearnersLanguage() {
        HttpResponse<String> ko = server.client().get("/no/such/page");
        assertThat(ko.statusCode()).isEqualTo(404);
        assertThat(ko.body()).contains("페이지를 찾을 수 없습니다").doesNotContain("Exception");

        HttpResponse<String> en = server.client().get("/no/such/page?lang=en");
        assertThat(en.statusCode()).isEqualTo(404);
        assertThat(en.body()).contains("We could not find that page");
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() {
        HttpResponse<String> r = server.client().get("/");
        assertThat(r.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(r.headers().firstValue("Referrer-Policy")).isPresent();
    }

    @Test
    void theFirstVisitGetsAnHttpOnlyLaxGuestCookie() {
        HttpResponse<String> r = server.client().get("/");
        String cookie = r.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("dockyard_learner=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void aCrossSitePostIsRefused() {
        HttpResponse<String> r = server.client().post("/", "application/x-www-form-urlencoded", "x=1",
                "Origin", "https://evil.example");
        assertThat(r.statusCode()).isEqualTo(403);
    }
}
