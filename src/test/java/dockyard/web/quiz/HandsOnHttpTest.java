package dockyard.web.quiz;

import dockyard.support.HandsOnFixture;
import dockyard.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Hands-on questions over HTTP, on the fixture course: topic "running" has one multiple-choice and two hands-on questions. */
class HandsOnHttpTest {
    private static final Pattern OPEN = Pattern.compile("href=\"(/hands-on/(\\d+)/(\\d+))\"");
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.startWithContent(HandsOnFixture.content());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aLearnerDoesTheTaskInTheQuestionsOwnSandboxAndIsMarkedFromIt() {
        TestServer.Client c = server.client();
        String page = toFirstHandsOn(c);
        assertThat(page).contains("Hands-on question").contains("Create an ECS cluster named <strong>web</strong>")
                .contains("Cluster web is ACTIVE").doesNotContain("returns an <strong>ACTIVE</strong> cluster");
        String open = link(page);

        HttpResponse<String> opened = c.get(open);
        assertThat(opened.statusCode()).isEqualTo(303);
        String sandbox = opened.headers().firstValue("Location").orElseThrow();
        assertThat(sandbox).startsWith("/sandbox/");
        assertThat(c.get(open).headers().firstValue("Location")).contains(sandbox); // the same sandbox, not a new one
        String sandboxPage = c.get(sandbox + "?lang=en").body();
        assertThat(sandboxPage).contains("Create an ECS cluster named <strong>web</strong>").contains("action=\"" + open + "\"")
                .contains("Back to the practice");

        assertThat(c.postForm(sandbox + "/run", Map.of("command", "aws ecs create-cluster --cluster-name web")).statusCode()).isEqualTo(303);
        HttpResponse<String> answered = c.postForm(open, Map.of());
        assertThat(answered.statusCode()).isEqualTo(303);
        assertThat(answered.headers().firstValue("Location")).contains("/quiz/running");
        String feedback = c.get("/quiz/running?lang=en").body();
        assertThat(feedback).contains("Right.").contains("returns an <strong>ACTIVE</strong> cluster")
                .contains("What was true in your sandbox when you submitted").contains("class=\"held\"");

        assertThat(feedback).contains("href=\"" + open + "\"").contains("See the sandbox you worked in");
        assertThat(c.get(open).headers().firstValue("Location")).contains(sandbox); // still the one they worked in

        HttpResponse<String> again = c.postForm(open, Map.of());
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("cannot be changed");
        assertThat(c.get(sandbox + "?lang=en").body()).contains("Answered.").doesNotContain("action=\"" + open + "\"");
    }

    @Test
    void theTopicListCountsHandsOnQuestions() {
        assertThat(server.client().get("/quiz?lang=en").body()).contains("3 questions").contains("2 hands-on");
        assertThat(server.client().get("/quiz?lang=ko").body()).contains("실습 2개");
    }

    @Test
    void aValueIsMarkedAgainstTheSimulationAndTheRightValueIsShownAfterwards() {
        TestServer.Client c = server.client();
        toFirstHandsOn(c);
        c.postForm(link(c.get("/quiz/running").body()), Map.of());
        c.postForm("/quiz/running/next", Map.of());
        String page = c.get("/quiz/running?lang=en").body();
        assertThat(page).contains("Memory limit (MiB)").doesNotContain(">300<");
        String open = link(page);

        HttpResponse<String> empty = c.postForm(open, Map.of("value", "  "));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("Type the value you found");
        assertThat(c.get("/quiz/running?lang=en").body()).contains("Memory limit (MiB)").doesNotContain("Not quite.");

        assertThat(c.postForm(open, Map.of("value", "512")).statusCode()).isEqualTo(303);
        String feedback = c.get("/quiz/running?lang=en").body();
        assertThat(feedback).contains("Not quite.").contains("<code>512</code>").contains("<code>300</code>");
    }

    @Test
    void doingNothingDoesNotPassTheChecks() {
        TestServer.Client c = server.client();
        String page = toFirstHandsOn(c);
        assertThat(c.postForm(link(page), Map.of()).statusCode()).isEqualTo(303);
        assertThat(c.get("/quiz/running?lang=en").body()).contains("Not quite.").contains("class=\"not-held\"");
    }

    @Test
    void someoneElsesHandsOnQuestionIsRefusedAndUnknownOnesAreNotFound() {
        TestServer.Client owner = server.client();
        String open = link(toFirstHandsOn(owner));
        TestServer.Client other = server.client();
        other.get("/quiz?lang=en");
        assertThat(other.get(open).statusCode()).isEqualTo(403);
        assertThat(other.postForm(open, Map.of()).statusCode()).isEqualTo(403);
        assertThat(other.get("/hands-on/999999/1").statusCode()).isEqualTo(404);
        assertThat(other.get("/hands-on/abc/1").statusCode()).isEqualTo(400);
        assertThat(owner.get("/quiz/running?lang=en").body()).doesNotContain("Not quite.").doesNotContain("Right.");
    }

    @Test
    void aMultipleChoiceFormCannotAnswerAHandsOnQuestion() {
        TestServer.Client c = server.client();
        Matcher m = OPEN.matcher(toFirstHandsOn(c));
        assertThat(m.find()).isTrue();
        HttpResponse<String> r = c.postForm("/quiz/running/answer", Map.of("attempt", m.group(2), "position", m.group(3), "option", "a"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("open its sandbox");
        assertThat(c.get("/quiz/running?lang=en").body()).doesNotContain("Right.");
    }

    @Test
    void aMissedHandsOnQuestionComesBackInTheReviewSessionWithAFreshSandbox() {
        TestServer.Client c = server.client();
        String first = link(toFirstHandsOn(c));
        c.postForm(first, Map.of()); // wrong: nothing done
        QuizPages.sql(server.dbFile(), "UPDATE review_card SET due_at = 0 WHERE card_key = 'q:make-a-cluster'"); // a day later
        String review = c.get("/review?lang=en").body();
        assertThat(review).contains("Hands-on question").contains("Create an ECS cluster named <strong>web</strong>");
        String open = link(review);
        assertThat(open).isNotEqualTo(first);
        String sandbox = c.get(open).headers().firstValue("Location").orElseThrow();
        assertThat(c.get(sandbox).body()).doesNotContain("aws ecs create-cluster --cluster-name web");
        c.postForm(sandbox + "/run", Map.of("command", "aws ecs create-cluster --cluster-name web"));
        HttpResponse<String> answered = c.postForm(open, Map.of());
        assertThat(answered.headers().firstValue("Location").orElseThrow()).startsWith("/review/answered/");
        assertThat(c.get(answered.headers().firstValue("Location").orElseThrow() + "?lang=en").body()).contains("Right.");
    }

    /** Answers the topic's multiple-choice question and moves on to its first hands-on question; returns that page. */
    private static String toFirstHandsOn(TestServer.Client c) {
        String page = c.get("/quiz/running?lang=en").body();
        assertThat(c.postForm("/quiz/running/answer", Map.of("attempt", QuizPages.hidden(page, "attempt"),
                "position", QuizPages.hidden(page, "position"), "option", "a")).statusCode()).isEqualTo(303);
        assertThat(c.postForm("/quiz/running/next", Map.of()).statusCode()).isEqualTo(303);
        return c.get("/quiz/running?lang=en").body();
    }

    private static String link(String page) {
        Matcher m = OPEN.matcher(page);
        if (!m.find()) throw new AssertionError("no hands-on link in:\n" + page);
        return m.group(1);
    }
}
