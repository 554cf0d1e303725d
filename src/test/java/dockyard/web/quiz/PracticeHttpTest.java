package dockyard.web.quiz;

import dockyard.content.quiz.Option;
import dockyard.content.quiz.Question;
import dockyard.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PracticeHttpTest {
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
    void theTopicListShowsEveryTopicWithItsCount() {
        HttpResponse<String> r = server.client().get("/quiz?lang=en");
        assertThat(r.statusCode()).isEqualTo(200);
        for (String topic : QuizPages.BANK.topics()) {
            assertThat(r.body()).contains("href=\"/quiz/" + topic + "\"").contains(QuizPages.BANK.topic(topic).size() + " questions");
        }
        // in the course's reading order, under the lessons' titles
        assertThat(r.body().indexOf("href=\"/quiz/what-is-docker\"")).isLessThan(r.body().indexOf("href=\"/quiz/docker-vs-vm\""));
        assertThat(r.body()).contains(">What is Docker?<");
    }

    @Test
    void aLessonPageLinksToItsQuiz() {
        String topic = QuizPages.firstTopic();
        assertThat(server.client().get("/lessons/" + topic + "?lang=en").body())
                .contains("href=\"/quiz/" + topic + "\"").contains("Exam-style questions on this lesson");
    }

    @Test
    void anAnswerIsMarkedAtOnceWithEveryExplanationAndCannotBeChanged() {
        TestServer.Client c = server.client();
        String topic = QuizPages.firstTopic();
        String page = c.get("/quiz/" + topic + "?lang=en").body();
        Question q = QuizPages.questionOn(page, "en");
        for (Option o : q.options()) assertThat(page).doesNotContain(html(o.why().en()));
        assertThat(page).doesNotContain("correct answer");

        HttpResponse<String> answered = QuizPages.send(c, "/quiz/" + topic + "/answer", form(page, q, true));
        assertThat(answered.statusCode()).isEqualTo(303);
        String feedback = c.get("/quiz/" + topic).body();
        assertThat(feedback).contains("Right.").contains(html(q.doc()));
        for (Option o : q.options()) assertThat(feedback).contains(html(o.why().en()));
        assertThat(feedback).contains("/lessons/" + topic);

        HttpResponse<String> again = QuizPages.send(c, "/quiz/" + topic + "/answer", form(page, q, false));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("cannot be changed");
        assertThat(c.get("/quiz/" + topic).body()).contains("Right.");
    }

    @Test
    void theNextQuestionFollowsAndAWrongAnswerSaysSo() {
        TestServer.Client c = server.client();
        String topic = QuizPages.firstTopic();
        String first = c.get("/quiz/" + topic + "?lang=ko").body();
        QuizPages.send(c, "/quiz/" + topic + "/answer", form(first, QuizPages.questionOn(first, "ko"), true));
        assertThat(c.postForm("/quiz/" + topic + "/next", Map.of()).statusCode()).isEqualTo(303);
        String second = c.get("/quiz/" + topic).body();
        Question q2 = QuizPages.questionOn(second, "ko");
        assertThat(second).contains("2번째");
        if (q2.multiple()) assertThat(second).contains(q2.choose() == 2 ? "두 개를 고르세요." : "세 개를 고르세요.");
        QuizPages.send(c, "/quiz/" + topic + "/answer", form(second, q2, false));
        assertThat(c.get("/quiz/" + topic).body()).contains("틀렸습니다.");
    }

    @Test
    void tamperedFormsAreRefusedInTheLearnersLanguageAndChangeNothing() {
        TestServer.Client c = server.client();
        String topic = QuizPages.firstTopic();
        String page = c.get("/quiz/" + topic + "?lang=ko").body();
        Question q = QuizPages.questionOn(page, "ko");
        Map<String, String> base = form(page, q, true);

        Map<String, String> unknownOption = new HashMap<>(base);
        unknownOption.put("option", "z");
        HttpResponse<String> r1 = QuizPages.send(c, "/quiz/" + topic + "/answer", unknownOption);
        assertThat(r1.statusCode()).isEqualTo(400);
        assertThat(r1.body()).contains("보기가 아닙니다").doesNotContain("Exception");

        Map<String, String> unknownPosition = new HashMap<>(base);
        unknownPosition.put("position", "99");
        assertThat(QuizPages.send(c, "/quiz/" + topic + "/answer", unknownPosition).statusCode()).isEqualTo(404);

        Map<String, String> garbage = new HashMap<>(base);
        garbage.put("attempt", "x'; drop table");
        assertThat(QuizPages.send(c, "/quiz/" + topic + "/answer", garbage).statusCode()).isEqualTo(400);

        Map<String, String> unknownAttempt = new HashMap<>(base);
        unknownAttempt.put("attempt", "999999");
        assertThat(QuizPages.send(c, "/quiz/" + topic + "/answer", unknownAttempt).statusCode()).isEqualTo(404);

        TestServer.Client stranger = server.client();
        stranger.get("/quiz?lang=en");
        HttpResponse<String> theirs = QuizPages.send(stranger, "/quiz/" + topic + "/answer", base);
        assertThat(theirs.statusCode()).isEqualTo(403);
        assertThat(theirs.body()).contains("belongs to someone else");

        assertThat(c.get("/quiz/no-such-topic").statusCode()).isEqualTo(404);

        // nothing changed: the question is still open and takes the real answer
        assertThat(c.get("/quiz/" + topic).body()).contains("name=\"option\"");
        assertThat(QuizPages.send(c, "/quiz/" + topic + "/answer", base).statusCode()).isEqualTo(303);
    }

    @Test
    void aRunWhoseQuestionLeftTheBankStartsAfresh() {
        TestServer.Client c = server.client();
        String topic = QuizPages.firstTopic();
        String page = c.get("/quiz/" + topic + "?lang=en").body();
        String attempt = QuizPages.hidden(page, "attempt");
        QuizPages.sql(server.dbFile(), "UPDATE attempt_answer SET question_id = 'removed-question' WHERE attempt_id = " + attempt);
        HttpResponse<String> again = c.get("/quiz/" + topic);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(QuizPages.hidden(again.body(), "attempt")).isNotEqualTo(attempt);
    }

    @Test
    void anAnswerToAFinishedRunIsRefused() {
        TestServer.Client c = server.client();
        String topic = QuizPages.firstTopic();
        String page = c.get("/quiz/" + topic + "?lang=en").body();
        Map<String, String> form = form(page, QuizPages.questionOn(page, "en"), true);
        assertThat(c.postForm("/quiz/" + topic + "/restart", Map.of()).statusCode()).isEqualTo(303);
        HttpResponse<String> late = QuizPages.send(c, "/quiz/" + topic + "/answer", form);
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.body()).contains("already finished");
        assertThat(c.get("/progress/export.csv").body().lines().count()).isEqualTo(1);
    }

    @Test
    void aMultipleResponseQuestionNeedsExactlyTheStatedNumberOfChoices() {
        Question multi = QuizPages.BANK.all().stream().filter(Question::multiple).findFirst().orElseThrow();
        TestServer.Client c = server.client();
        String topic = multi.topic();
        String page = c.get("/quiz/" + topic + "?lang=en").body();
        while (!QuizPages.questionOn(page, "en").id().equals(multi.id())) {
            QuizPages.send(c, "/quiz/" + topic + "/answer", form(page, QuizPages.questionOn(page, "en"), true));
            c.postForm("/quiz/" + topic + "/next", Map.of());
            page = c.get("/quiz/" + topic).body();
        }
        assertThat(page).contains(multi.choose() == 2 ? "Choose two." : "Choose three.");
        Map<String, String> one = new HashMap<>(form(page, multi, true));
        one.put("option", multi.correctIds().iterator().next());
        HttpResponse<String> r = QuizPages.send(c, "/quiz/" + topic + "/answer", one);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("Choose " + (multi.choose() == 2 ? "two" : "three") + " options");
        // asked again on the same page, with the one option still ticked, and nothing recorded
        String picked = one.get("option");
        assertThat(r.body()).contains("role=\"alert\"").contains("value=\"" + picked + "\" checked")
                .contains("name=\"attempt\" value=\"" + one.get("attempt") + "\"");
        assertThat(c.get("/quiz/" + topic + "?lang=en").body()).doesNotContain("Not quite.").doesNotContain("Right.");
    }

    /** A form answering {@code q} right (or wrong: the first wrong options). Multiple values joined as repeated keys. */
    static Map<String, String> form(String page, Question q, boolean right) {
        Map<String, String> f = new java.util.LinkedHashMap<>();
        f.put("attempt", QuizPages.hidden(page, "attempt"));
        f.put("position", QuizPages.hidden(page, "position"));
        java.util.List<String> picks = right ? java.util.List.copyOf(q.correctIds())
                : q.options().stream().filter(o -> !o.correct()).map(Option::id).limit(q.choose()).toList();
        f.put("option", String.join(",", picks));
        return f;
    }

    static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
