package dockyard.web.quiz;

import dockyard.content.quiz.Question;
import dockyard.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Answers are committed in groups; these drive that through HTTP the way impatient learners and many learners do. */
class ConcurrentAnswerHttpTest {
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
    void aDoubleClickedAnswerSentConcurrentlyIsStoredOnceAndTheOthersAreRefused() throws Exception {
        TestServer.Client c = server.client();
        String topic = QuizPages.firstTopic();
        String page = c.get("/quiz/" + topic + "?lang=en").body();
        Question q = QuizPages.questionOn(page, "en");
        Map<String, String> right = PracticeHttpTest.form(page, q, true);
        Map<String, String> wrong = PracticeHttpTest.form(page, q, false);

        int senders = 8;
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < senders; i++) {
            Map<String, String> form = i % 2 == 0 ? right : wrong;
            statuses.add(pool.submit(() -> {
                go.await();
                return QuizPages.send(c, "/quiz/" + topic + "/answer", form).statusCode();
            }));
        }
        go.countDown();
        List<Integer> codes = new ArrayList<>();
        for (Future<Integer> s : statuses) codes.add(s.get(30, TimeUnit.SECONDS));
        pool.shutdown();

        assertThat(codes).containsOnly(303, 409).filteredOn(code -> code == 303).hasSize(1);
        assertThat(c.get("/progress/export.csv").body().lines().count()).isEqualTo(2);
        String feedback = c.get("/quiz/" + topic).body();
        assertThat(feedback.contains("Right.") ^ feedback.contains("Not quite.")).isTrue();
    }

    @Test
    void manyLearnersAnsweringAtOnceAreEachStoredWithTheirOwnMark() throws Exception {
        String topic = QuizPages.firstTopic();
        int learners = 12;
        List<TestServer.Client> clients = new ArrayList<>();
        List<Map<String, String>> forms = new ArrayList<>();
        for (int i = 0; i < learners; i++) {
            TestServer.Client c = server.client();
            String page = c.get("/quiz/" + topic + "?lang=en").body();
            clients.add(c);
            forms.add(PracticeHttpTest.form(page, QuizPages.questionOn(page, "en"), i % 3 != 0));
        }
        ExecutorService pool = Executors.newFixedThreadPool(learners);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < learners; i++) {
            int n = i;
            statuses.add(pool.submit(() -> {
                go.await();
                return QuizPages.send(clients.get(n), "/quiz/" + topic + "/answer", forms.get(n)).statusCode();
            }));
        }
        go.countDown();
        for (Future<Integer> s : statuses) assertThat(s.get(30, TimeUnit.SECONDS)).isEqualTo(303);
        pool.shutdown();

        for (int i = 0; i < learners; i++) {
            assertThat(clients.get(i).get("/quiz/" + topic).body()).contains(i % 3 != 0 ? "Right." : "Not quite.");
            assertThat(clients.get(i).get("/progress/export.csv").body().lines().count()).isEqualTo(2);
        }
    }
}
