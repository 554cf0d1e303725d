package dockyard.web.exercises;

import dockyard.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

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
        assertThat(en.body()).contains("A task that cannot be placed: memory").contains("id=\"sb-command\"")
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
        assertThat(c.get(url + "?lang=en").body()).doesNotContain("<li class=\"hint prose\">");
        for (int i = 1; i <= 3; i++) {
            HttpResponse<String> r = c.postForm(url + "/hint", Map.of());
            assertThat(r.statusCode()).isEqualTo(303);
            assertThat(r.headers().firstValue("Location")).hasValue(url + "#hints");
        }
        String page = c.get(url + "?lang=en").body();
        assertThat(page.split("<li class=\"hint prose\">", -1)).hasSize(4);
        assertThat(page).contains("That was the last hint.").doesNotContain("/hint\"");
        HttpResponse<String> beyond = c.postForm(url + "/hint", Map.of(), "Accept-Language", "en");
        assertThat(beyond.statusCode()).isEqualTo(400);
        assertThat(beyond.body()).contains("only 3 hints, and all of them are already shown").doesNotContain("Exception");
        assertThat(c.get(url + "?lang=en").body().split("<li class=\"hint prose\">", -1)).hasSize(4);
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
    void solvingInTheSandboxTicksTheGoalsAndRecordsTheCompletionOnceForTheLessonAndTheCourseMap() {
        TestServer.Client c = server.client();
        c.postForm("/exercises/push-to-ecr/hint", Map.of());
        String page = c.get("/exercises/push-to-ecr?lang=en").body();
        assertThat(page).contains("Goals (0 of 2 reached)").contains("Push an image to Amazon ECR").contains("docker build -q -t web:1.0 .");
        String base = baseOf(page);
        assertThat(c.get(base + "?lang=en").body()).contains("Goals (0 of 2 reached)");
        String[] solution = {
                "aws ecr create-repository --repository-name web",
                "aws ecr get-login-password | docker login --username AWS --password-stdin 123456789012.dkr.ecr.ap-northeast-2.amazonaws.com",
                "docker tag web:1.0 123456789012.dkr.ecr.ap-northeast-2.amazonaws.com/web:1.0",
                "docker push 123456789012.dkr.ecr.ap-northeast-2.amazonaws.com/web:1.0"};
        String answer = "";
        for (String line : solution) {
            HttpResponse<String> r = c.postForm(base + "/run", Map.of("command", line), "HX-Request", "true", "Accept-Language", "en");
            assertThat(r.statusCode()).isEqualTo(200);
            answer = r.body();
            if (line.contains("create-repository")) assertThat(answer).contains("id=\"exercise-goals\" class=\"exercise-goals card\"").contains("Goals (1 of 2 reached)");
        }
        assertThat(answer).contains("hx-swap-oob=\"true\"").contains("Goals (2 of 2 reached)").contains("Exercise solved!")
                .contains("✓ solved in 4 commands, 1 hint");
        // more commands after solving change nothing recorded
        c.postForm(base + "/run", Map.of("command", "docker images"), "HX-Request", "true");
        String reloaded = c.get("/exercises/push-to-ecr?lang=en").body();
        assertThat(reloaded).contains("Exercise solved!").contains("✓ solved in 4 commands, 1 hint").contains("The first part of an image name is its registry");
        assertThat(c.get("/lessons/image-registries?lang=en").body()).contains("Push an image to Amazon ECR — ✓ solved in 4 commands, 1 hint");
        assertThat(c.get("/?lang=en").body()).contains("✓ solved in 4 commands, 1 hint");
        assertThat(c.get("/?lang=ko").body()).contains("✓ 명령 4개, 힌트 1개로 해결");
        assertThat(c.get("/exercises?lang=en").body()).contains("✓ solved in 4 commands, 1 hint");
        assertThat(server.client().get("/lessons/image-registries?lang=en").body()).doesNotContain("solved in");
    }

    @Test
    void theGoalsFragmentAndAnotherLearnersSandboxAreGuarded() {
        TestServer.Client owner = server.client();
        String base = baseOf(owner.get("/exercises/package-an-app?lang=en").body());
        assertThat(owner.get("/exercises/package-an-app/goals?lang=en").body()).contains("Goals (0 of 2 reached)").doesNotContain("<html");
        TestServer.Client other = server.client();
        assertThat(other.postForm(base + "/run", Map.of("command", "docker images")).statusCode()).isEqualTo(404);
        assertThat(other.get(base).statusCode()).isEqualTo(404);
    }

    private static String baseOf(String page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("data-base=\"(/sandbox/[A-Za-z0-9_-]+)\"").matcher(page);
        assertThat(m.find()).as("the sandbox's address on the page").isTrue();
        return m.group(1);
    }
}
