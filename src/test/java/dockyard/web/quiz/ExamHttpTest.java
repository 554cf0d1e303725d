package dockyard.web.quiz;

import dockyard.content.quiz.Question;
import dockyard.support.TestServer;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class ExamHttpTest {

    @Test
    void aShortExamIsTakenFlaggedReviewedSubmittedAndScored() {
        try (TestServer server = TestServer.start()) {
            TestServer.Client c = server.client();
            HttpResponse<String> started = c.postForm("/exam?lang=en", Map.of("exam", "SAA-C03", "length", "10"));
            assertThat(started.statusCode()).isEqualTo(303);
            String first = started.headers().firstValue("Location").orElseThrow();
            long id = Long.parseLong(first.replaceAll(".*/exam/(\\d+)/q/1", "$1"));
            int right = 0;
            int total = 0;
            for (int n = 1; ; n++) {
                HttpResponse<String> page = c.get("/exam/" + id + "/q/" + n);
                if (page.statusCode() != 200) break;
                total++;
                assertThat(page.body()).contains("20:00").doesNotContain("correct answer");
                Question q = QuizPages.questionOn(page.body(), "en");
                boolean answerRight = n % 2 == 1;
                if (answerRight) right++;
                Map<String, String> f = new java.util.LinkedHashMap<>();
                f.put("option", String.join(",", answerRight ? q.correctIds()
                        : q.options().stream().filter(o -> !o.correct()).map(o -> o.id()).limit(q.choose()).toList()));
                if (n == 2) f.put("flag", "on");
                f.put("go", "next");
                assertThat(QuizPages.send(c, "/exam/" + id + "/q/" + n, f).statusCode()).isEqualTo(303);
            }
            assertThat(total).isEqualTo(10);
            String review = c.get("/exam/" + id + "/review").body();
            assertThat(review).contains("flagged").contains("answered");

            assertThat(c.postForm("/exam/" + id + "/submit", Map.of()).statusCode()).isEqualTo(303);
            String result = c.get("/exam/" + id + "/result").body();
            int expected = dockyard.learn.quiz.Scoring.scaled(right, total);
            assertThat(result).contains(">" + expected + "<").contains(right + " of 10 right").contains("By exam domain").contains("By topic");

            // after submission nothing changes
            HttpResponse<String> late = QuizPages.send(c, "/exam/" + id + "/q/1", Map.of("option", "a", "go", "next"));
            assertThat(late.statusCode()).isEqualTo(409);
            assertThat(c.postForm("/exam/" + id + "/submit", Map.of()).statusCode()).isEqualTo(409);
            assertThat(c.get("/exam/" + id + "/result").body()).contains(">" + expected + "<");

            // the finished attempt reopens with every explanation
            String detail = c.get("/attempts/" + id).body();
            assertThat(detail).contains("correct answer").contains("your choice").contains("flagged");

            // someone else cannot see or touch it
            TestServer.Client stranger = server.client();
            assertThat(stranger.get("/exam/" + id + "/result").statusCode()).isEqualTo(403);
            assertThat(stranger.get("/attempts/" + id).statusCode()).isEqualTo(403);
        }
    }

    @Test
    void anUnfinishedExamResumesAfterARestartWithTheTimeThatWasLeft() {
        TestServer first = TestServer.start();
        TestServer.Client c = first.client();
        String location = c.postForm("/exam?lang=en", Map.of("exam", "DVA-C02", "length", "10")).headers().firstValue("Location").orElseThrow();
        long id = Long.parseLong(location.replaceAll(".*/exam/(\\d+)/q/1", "$1"));
        QuizPages.send(c, "/exam/" + id + "/q/1", Map.of("option", "a", "flag", "on", "go", "next"));
        // 5 minutes have gone by: move the stored deadline back instead of waiting
        QuizPages.sql(first.dbFile(), "UPDATE quiz_attempt SET deadline_at = deadline_at - 300000 WHERE id = " + id);
        String token = c.cookie("dockyard_learner");
        first.close();

        try (TestServer second = TestServer.startOn(first.dbFile(), first.folder())) {
            TestServer.Client same = second.client();
            same.setCookie("dockyard_learner", token);
            String page = same.get("/exam/" + id + "/q/1?lang=en").body();
            Matcher m = Pattern.compile("class=\"exam-clock\"[^>]*>(\\d+):(\\d\\d)<").matcher(page);
            assertThat(m.find()).isTrue();
            int seconds = Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2));
            assertThat(seconds).isBetween(14 * 60, 15 * 60);
            assertThat(page).contains("checked");
        }
    }

    @Test
    void anExpiredExamIsSubmittedWhenTheLearnerComesBackAndRefusesLateAnswers() {
        try (TestServer server = TestServer.start()) {
            TestServer.Client c = server.client();
            String location = c.postForm("/exam?lang=en", Map.of("exam", "SOA-C03", "length", "10")).headers().firstValue("Location").orElseThrow();
            long id = Long.parseLong(location.replaceAll(".*/exam/(\\d+)/q/1", "$1"));
            String page = c.get("/exam/" + id + "/q/1").body();
            Question q = QuizPages.questionOn(page, "en");
            QuizPages.send(c, "/exam/" + id + "/q/1", Map.of("option", String.join(",", q.correctIds()), "go", "next"));
            QuizPages.sql(server.dbFile(), "UPDATE quiz_attempt SET deadline_at = started_at - 1000 WHERE id = " + id);

            HttpResponse<String> late = QuizPages.send(c, "/exam/" + id + "/q/2", Map.of("option", "a", "go", "next"));
            assertThat(late.statusCode()).isEqualTo(409);
            assertThat(late.body()).contains("Time is up");
            HttpResponse<String> back = c.get("/exam/" + id + "/q/1");
            assertThat(back.statusCode()).isEqualTo(303);
            String result = c.get("/exam/" + id + "/result").body();
            assertThat(result).contains("1 of 10 right").contains("Time ran out");
        }
    }

    @Test
    void badExamChoicesAreRefused() {
        try (TestServer server = TestServer.start()) {
            TestServer.Client c = server.client();
            assertThat(c.postForm("/exam?lang=ko", Map.of("exam", "CLF-C02", "length", "10")).statusCode()).isEqualTo(400);
            assertThat(c.postForm("/exam", Map.of("exam", "SAA-C03", "length", "7")).statusCode()).isEqualTo(400);
            assertThat(c.get("/exam/12345/q/1").statusCode()).isEqualTo(404);
            assertThat(c.get("/exam/abc/q/1").statusCode()).isEqualTo(400);
            assertThat(c.get("/exam").body()).contains("모의고사");
        }
    }

}
