package dockyard.web.exercises;

import dockyard.content.exercise.Exercise;
import dockyard.content.exercise.ExerciseLoader;
import dockyard.learn.exercises.ExerciseProgress;
import dockyard.learn.exercises.ExerciseScripts;
import dockyard.learn.exercises.GoalChecker;
import dockyard.shell.ShellSession;
import dockyard.store.Database;
import dockyard.store.ExerciseRepository;
import dockyard.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The exercise routes over HTTP on the real course: pages, hints one at a time, bad input, completion shown. */
class ExercisesHttpTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.startWithContent(Path.of("content"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void anExercisePageShowsItsBriefGoalsAndAHintButtonInBothLanguages() {
        TestServer.Client c = server.client();
        HttpResponse<String> en = c.get("/exercises/task-cannot-be-placed-memory?lang=en");
        assertThat(en.statusCode()).isEqualTo(200);
        assertThat(en.body()).contains("<h1>A task that cannot be placed: memory</h1>")
                .contains("Goals (0 of 1 reached)").contains("A report task is running")
                .contains("action=\"/exercises/task-cannot-be-placed-memory/hint\"").contains("Show a hint (3 available)")
                .contains("href=\"/lessons/ecs-ec2-launch-type\"").doesNotContain("Exercise solved!");
        String ko = c.get("/exercises/task-cannot-be-placed-memory?lang=ko").body();
        assertThat(ko).contains("배치되지 않는 태스크: 메모리").contains("목표 (1개 중 0개 달성)").contains("힌트 보기 (3개 있음)");
    }

    @Test
    void hintsAreRevealedOneAtATimeAndNonePastTheLast() {
        TestServer.Client c = server.client();
        String url = "/exercises/run-your-first-container";
        assertThat(c.get(url + "?lang=en").body()).doesNotContain("<li class=\"prose\">");
        for (int i = 1; i <= 3; i++) {
            HttpResponse<String> r = c.postForm(url + "/hint", Map.of());
            assertThat(r.statusCode()).isEqualTo(303);
            assertThat(r.headers().firstValue("Location")).hasValue(url + "#hints");
        }
        String page = c.get(url + "?lang=en").body();
        assertThat(page.split("<li class=\"prose\">", -1)).hasSize(4);
        assertThat(page).contains("That was the last hint.").doesNotContain("/hint\"");
        HttpResponse<String> beyond = c.postForm(url + "/hint", Map.of(), "Accept-Language", "en");
        assertThat(beyond.statusCode()).isEqualTo(400);
        assertThat(beyond.body()).contains("only 3 hints, and all of them are already shown").doesNotContain("Exception");
        assertThat(c.get(url + "?lang=en").body().split("<li class=\"prose\">", -1)).hasSize(4);
        // another learner starts with no hints
        assertThat(server.client().get(url + "?lang=en").body()).contains("Show a hint (3 available)");
    }

    @Test
    void anUnknownExerciseIsAFriendly404AndChangesNothing() {
        TestServer.Client c = server.client();
        HttpResponse<String> page = c.get("/exercises/no-such-exercise?lang=en");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("There is no exercise at this address");
        assertThat(c.postForm("/exercises/no-such-exercise/hint", Map.of()).statusCode()).isEqualTo(404);
        assertThat(c.get("/exercises/..%2F..%2Fetc%2Fpasswd").statusCode()).isEqualTo(404);
        assertThat(c.get("/exercises/no-such-exercise/goals").statusCode()).isEqualTo(404);
    }

    @Test
    void lessonPagesAndTheListLinkTheirExercises() {
        TestServer.Client c = server.client();
        String lesson = c.get("/lessons/ecs-iam-roles?lang=en").body();
        assertThat(lesson).contains("href=\"/exercises/task-role-for-s3\"").contains("A task that reads S3 needs a task role")
                .contains("href=\"/exercises/execution-role-for-ecr\"");
        String list = c.get("/exercises?lang=en").body();
        assertThat(list).contains("Sandbox exercises").contains("href=\"/exercises/efs-across-azs\"").contains("href=\"/lessons/ecs-data-volumes\"");
    }

    @Test
    void aCompletionIsRecordedOnceAndShownOnTheExercisePageTheLessonAndTheCourseMap() {
        TestServer.Client c = server.client();
        c.postForm("/exercises/push-to-ecr/hint", Map.of());
        long learner = learnerOf(c);
        try (Database db = new Database(server.dbFile())) {
            ExerciseProgress progress = new ExerciseProgress(new ExerciseRepository(db), Clock.systemUTC());
            Exercise e = ExerciseLoader.load(Path.of("content/exercises"), Set.of("image-registries")).exercises().get("push-to-ecr").orElseThrow();
            ShellSession s = ExerciseScripts.setUp(e, 11);
            GoalChecker checker = new GoalChecker();
            assertThat(progress.evaluate(learner, e, s.world(), 0, checker).justSolved()).isFalse();
            int n = 0;
            for (String cmd : ExerciseScripts.solution(e)) {
                s.run(cmd);
                n++;
            }
            ExerciseProgress.Evaluation first = progress.evaluate(learner, e, s.world(), n, checker);
            assertThat(first.justSolved()).isTrue();
            assertThat(progress.evaluate(learner, e, s.world(), n + 5, checker).justSolved()).isFalse();
            assertThat(progress.status(learner, "push-to-ecr").completion().orElseThrow().commands()).isEqualTo(4);
        }
        assertThat(c.get("/exercises/push-to-ecr?lang=en").body()).contains("Exercise solved!").contains("✓ solved in 4 commands, 1 hint")
                .contains("Goals (2 of 2 reached)").contains("The first part of an image name is its registry");
        assertThat(c.get("/lessons/image-registries?lang=en").body()).contains("Push an image to Amazon ECR — ✓ solved in 4 commands, 1 hint");
        assertThat(c.get("/?lang=en").body()).contains("✓ solved in 4 commands, 1 hint");
        assertThat(c.get("/?lang=ko").body()).contains("✓ 명령 4개, 힌트 1개로 해결");
        assertThat(server.client().get("/lessons/image-registries?lang=en").body()).doesNotContain("solved in");
    }

    private static long learnerOf(TestServer.Client c) {
        try (Database db = new Database(server.dbFile())) {
            String token = c.cookie("dockyard_learner");
            assertThat(token).isNotNull();
            return ((Number) db.read().fetchValue("SELECT max(id) FROM learner")).longValue();
        }
    }
}
