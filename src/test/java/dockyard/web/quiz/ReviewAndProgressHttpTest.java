package dockyard.web.quiz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dockyard.content.quiz.Question;
import dockyard.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewAndProgressHttpTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Answers the first question of the first topic; returns it. */
    private static Question answerFirst(TestServer.Client c, boolean right) {
        String topic = QuizPages.firstTopic();
        String page = c.get("/quiz/" + topic + "?lang=en").body();
        Question q = QuizPages.questionOn(page, "en");
        QuizPages.send(c, "/quiz/" + topic + "/answer", PracticeHttpTest.form(page, q, right));
        return q;
    }

    @Test
    void anAnsweredQuestionBecomesACardThatComesBackWhenDue() {
        TestServer.Client c = server.client();
        Question q = answerFirst(c, false);
        // the lesson's key terms are offered as new self-rated cards first
        int terms = 0;
        String page = c.get("/review?lang=en").body();
        while (page.contains("Show the definition")) {
            String key = page.replaceAll("(?s).*href=\"/review\\?reveal=([^\"]+)\".*", "$1");
            String revealed = c.get("/review?reveal=" + key).body();
            assertThat(revealed).contains("class=\"definition\"").contains("value=\"3\"");
            assertThat(c.postForm("/review/rate", Map.of("card", key, "rating", "3")).statusCode()).isEqualTo(303);
            assertThat(c.postForm("/review/rate", Map.of("card", key, "rating", "3")).statusCode()).isEqualTo(409);
            terms++;
            page = c.get("/review").body();
        }
        assertThat(terms).isPositive();
        assertThat(page).contains("Nothing to review today").contains("in the next week");

        QuizPages.sql(server.dbFile(), "UPDATE review_card SET due_at = 0 WHERE card_key = 'q:" + q.id() + "'");
        assertThat(c.get("/review/due").body()).contains("1 card to review today");
        String session = c.get("/review").body();
        assertThat(QuizPages.questionOn(session, "en").id()).isEqualTo(q.id());
        assertThat(session).doesNotContain("quiz-why");

        Map<String, String> none = new java.util.HashMap<>(PracticeHttpTest.form(session, q, true));
        none.remove("option");
        HttpResponse<String> empty = QuizPages.send(c, "/review/answer", none);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("role=\"alert\"").contains("Choose " + (q.choose() == 1 ? "one option" : q.choose() == 2 ? "two options" : "three options"));
        assertThat(QuizPages.questionOn(empty.body(), "en").id()).isEqualTo(q.id());

        HttpResponse<String> r = QuizPages.send(c, "/review/answer", PracticeHttpTest.form(session, q, true));
        assertThat(r.statusCode()).isEqualTo(303);
        String feedback = c.get(r.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "")).body();
        assertThat(feedback).contains("Right.").contains("quiz-why");
        assertThat(QuizPages.send(c, "/review/answer", PracticeHttpTest.form(session, q, false)).statusCode()).isEqualTo(409);
        assertThat(c.get("/review").body()).contains("Nothing to review today");
    }

    @Test
    void aLessonMarkedDoneOffersItsKeyTermsAsCards() {
        TestServer.Client c = server.client();
        c.get("/review?lang=en");
        String lesson = "docker-vs-vm";
        assertThat(c.postForm("/lessons/" + lesson + "/done", Map.of("done", "true")).statusCode()).isBetween(200, 399);
        String page = c.get("/review").body();
        assertThat(page).contains("Key term · " + lesson).contains("Show the definition");
        assertThat(c.get("/").body()).containsPattern("\\d+ cards to review today");
    }

    @Test
    void aCardRatingMustBeOneToFourAndNameAKnownCard() {
        TestServer.Client c = server.client();
        c.get("/review?lang=en");
        assertThat(c.postForm("/review/rate", Map.of("card", "t:what-is-docker:0", "rating", "9")).statusCode()).isEqualTo(400);
        assertThat(c.postForm("/review/rate", Map.of("card", "t:no-such-lesson:0", "rating", "3")).statusCode()).isEqualTo(404);
        assertThat(c.postForm("/review/rate", Map.of("card", "q:anything", "rating", "3")).statusCode()).isEqualTo(404);
    }

    @Test
    void theProgressPageDrawsChartsAndTheExportsHoldEveryAnswer() throws Exception {
        TestServer.Client c = server.client();
        Question q = answerFirst(c, true);
        String page = c.get("/progress?lang=en").body();
        assertThat(page).contains("Accuracy per topic").contains("<svg").contains("100% (1/1)").doesNotContain("style=");

        HttpResponse<String> json = c.get("/progress/export.json");
        assertThat(json.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        JsonNode data = new ObjectMapper().readTree(json.body());
        assertThat(data.get("answers")).hasSize(1);
        JsonNode a = data.get("answers").get(0);
        assertThat(a.get("questionId").asText()).isEqualTo(q.id());
        assertThat(a.get("correct").asBoolean()).isTrue();
        assertThat(a.get("mode").asText()).isEqualTo("practice");
        assertThat(a.get("timeMs").asLong()).isGreaterThanOrEqualTo(0);
        assertThat(data.get("cards").get(0).get("key").asText()).isEqualTo("q:" + q.id());

        String csv = c.get("/progress/export.csv").body();
        assertThat(csv.lines().toList()).hasSize(2);
        assertThat(csv).startsWith("attempt_id,mode,exam,topic,position,question_id,chosen,correct,time_ms");
        assertThat(csv.lines().skip(1).findFirst().orElseThrow()).contains(",practice,,").contains(q.id()).contains(",true,");

        // another learner's export is their own, empty
        assertThat(server.client().get("/progress/export.csv").body().lines().count()).isEqualTo(1);
    }

    @Test
    void aPracticeRunReopensWithItsAnswersAndExplanations() {
        TestServer.Client c = server.client();
        answerFirst(c, true);
        String list = c.get("/attempts?lang=en").body();
        assertThat(list).contains("Practice");
        String href = list.replaceAll("(?s).*href=\"(/attempts/\\d+)\".*", "$1");
        String detail = c.get(href).body();
        assertThat(detail).contains("correct answer").contains("your choice").contains("quiz-why");
    }
}
