package dockyard.web;

import dockyard.content.Fixtures;
import dockyard.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The course map and lesson pages over HTTP, on the fixture course. */
class CourseAndLessonPagesTest {
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
    void theCourseMapListsPartsAndLessonsWithSummariesAndReadingTime() {
        String ko = server.client().get("/").body();
        assertThat(ko).contains("기초").contains("실행").contains("이미지와 레지스트리")
                .contains("이미지와 레지스트리 레슨의 한 문장 요약입니다.").contains("8분 분량")
                .contains("href=\"/lessons/images\"").contains("레슨 3개 중 0개 완료").contains("첫 레슨부터 시작하기");
        String en = server.client().get("/?lang=en").body();
        assertThat(en).contains("Basics").contains("Images and registries").contains("8 min read").contains("0 of 3 lessons done");
    }

    @Test
    void aLessonPageHasItsTitleContentsBodyKeyTermsDocsAndNeighbours() {
        HttpResponse<String> r = server.client().get("/lessons/images?lang=en");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<h1>Images and registries</h1>")
                .contains("<a href=\"#registries\">Registries</a>")
                .contains("<h2 id=\"registries\">Registries</h2>")
                .contains("Private images live in an Amazon ECR repository.")
                .contains("<dt>Container</dt>")
                .contains("href=\"https://docs.aws.amazon.com/AmazonECS/latest/developerguide/Welcome.html\"")
                .contains("href=\"/lessons/first-steps\"").contains("href=\"/lessons/running\"")
                .contains("action=\"/lessons/images/done\"").contains("Mark as done")
                .contains("<figure class=\"diagram\">");
        assertThat(r.headers().firstValue("Server-Timing")).hasValueSatisfying(v -> assertThat(v).matches("app;dur=\\d+\\.\\d+"));
    }

    @Test
    void anUnknownLessonIsTheFriendly404InTheLearnersLanguage() {
        HttpResponse<String> ko = server.client().get("/lessons/no-such-lesson");
        assertThat(ko.statusCode()).isEqualTo(404);
        assertThat(ko.body()).contains("이 주소에는 레슨이 없습니다").doesNotContain("Exception");
        HttpResponse<String> en = server.client().get("/lessons/%3Cscript%3E?lang=en");
        assertThat(en.statusCode()).isEqualTo(404);
        assertThat(en.body()).contains("There is no lesson at this address").doesNotContain("<script>");
    }

    @Test
    void markingALessonDoneRedirectsBackAndShowsOnTheCourseMap() {
        TestServer.Client learner = server.client();
        learner.get("/lessons/first-steps");
        HttpResponse<String> post = learner.postForm("/lessons/first-steps/done", Map.of("done", "true"));
        assertThat(post.statusCode()).isEqualTo(303);
        assertThat(post.headers().firstValue("Location")).contains("/lessons/first-steps#progress");
        assertThat(learner.get("/lessons/first-steps?lang=en").body()).contains("Mark as not done").contains("You marked this lesson done.")
                .contains("name=\"done\" value=\"false\"");
        String home = learner.get("/?lang=en").body();
        assertThat(home).contains("1 of 3 lessons done").contains("1 / 2 done").contains("Up next").contains("href=\"/lessons/images\"");

        assertThat(learner.postForm("/lessons/first-steps/done", Map.of("done", "false")).statusCode()).isEqualTo(303);
        assertThat(learner.get("/?lang=en").body()).contains("0 of 3 lessons done");
    }

    @Test
    void theCourseMapOffersToContinueTheLastLessonReadAndNotDone() {
        TestServer.Client learner = server.client();
        learner.get("/lessons/running");
        String home = learner.get("/?lang=en").body();
        assertThat(home).contains("Continue where you left off");
        assertThat(home.substring(home.indexOf("Continue where you left off"))).contains("href=\"/lessons/running\"");
    }

    @Test
    void badProgressInputChangesNothing() {
        TestServer.Client learner = server.client();
        HttpResponse<String> bad = learner.postForm("/lessons/images/done?lang=en", Map.of("done", "maybe"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("nothing was changed");
        assertThat(learner.postForm("/lessons/nope/done", Map.of("done", "true")).statusCode()).isEqualTo(404);
        assertThat(learner.get("/?lang=en").body()).contains("0 of 3 lessons done");
    }

    @Test
    void progressSurvivesARestart() {
        TestServer first = TestServer.startWithContent(Fixtures.course());
        TestServer.Client learner = first.client();
        learner.get("/");
        learner.postForm("/lessons/running/done", Map.of("done", "true"));
        String cookie = learner.cookie("dockyard_learner");
        first.close();
        try (TestServer again = TestServer.startOn(first.dbFile(), first.folder(), Fixtures.course())) {
            TestServer.Client same = again.client();
            same.setCookie("dockyard_learner", cookie);
            assertThat(same.get("/?lang=en").body()).contains("1 of 3 lessons done");
        }
    }
}
