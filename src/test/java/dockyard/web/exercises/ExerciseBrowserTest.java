package dockyard.web.exercises;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dockyard.support.Browser;
import dockyard.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A learner solves an exercise by typing into its sandbox's console and watches the goals tick, then reloads. */
class ExerciseBrowserTest {
    static TestServer server;
    static Browser browser;

    @BeforeAll
    static void start() {
        server = TestServer.startWithContent(Path.of("content"));
        browser = Browser.launch();
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (server != null) server.close();
    }

    private static void type(Page page, String label, String command) {
        Locator input = page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
        int before = page.locator("#sb-log .sb-entry").count();
        input.fill(command);
        input.press("Enter");
        assertThat(page.locator("#sb-log .sb-entry")).hasCount(before + 1);
    }

    @Test
    void aLearnerFixesATaskThatCannotBePlacedAndSeesItSolvedAfterAReload() {
        try (BrowserContext ctx = browser.newContext("en-US")) {
            Page page = ctx.newPage();
            page.navigate(server.url("/lessons/ecs-ec2-launch-type"));
            page.getByText("A task that cannot be placed: memory").click();
            Locator goals = page.locator("#exercise-goals");
            assertThat(goals).containsText("Goals (0 of 1 reached)");
            assertThat(goals.locator(".goal.reached")).hasCount(0);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show a hint (3 available)")).click();
            assertThat(page.locator(".hint-list li")).hasCount(1);
            assertThat(page.locator(".hint-list")).containsText("RESOURCE:MEMORY");

            type(page, "Command", "aws ecs run-task --cluster demo --task-definition report --query failures");
            assertThat(page.locator("#sb-log .sb-entry").last()).containsText("RESOURCE:MEMORY");
            type(page, "Command", "aws ecs register-task-definition --family report --container-definitions "
                    + "'[{\"name\": \"report\", \"image\": \"httpd:2.4\", \"memory\": 256}]'");
            type(page, "Command", "aws ecs run-task --cluster demo --task-definition report");
            assertThat(goals).containsText("Goals (0 of 1 reached)");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("+1 min")).click();
            assertThat(goals.locator(".goal.reached")).hasCount(1);
            assertThat(goals).containsText("Goals (1 of 1 reached)");
            assertThat(goals.getByRole(AriaRole.STATUS)).containsText("Exercise solved!");
            assertThat(goals).containsText("✓ solved in 4 commands, 1 hint");
            assertThat(goals).containsText("RESOURCE:MEMORY");
            Browser.screenshot(page, "exercise-solved-en-1280");

            page.reload();
            assertThat(page.locator("#exercise-goals")).containsText("Exercise solved!");
            assertThat(page.locator("#exercise-goals .goal.reached")).hasCount(1);

            page.navigate(server.url("/lessons/ecs-ec2-launch-type"));
            assertThat(page.locator(".practice")).containsText("✓ solved in 4 commands, 1 hint");
            page.navigate(server.url("/"));
            assertThat(page.locator(".lesson-extras").filter(new Locator.FilterOptions().setHasText("cannot be placed")))
                    .containsText("A task that cannot be placed: memory — ✓ solved in 4 commands, 1 hint");
            Browser.screenshot(page, "exercise-course-map-en-1280");
        }
    }

    @Test
    void inKoreanTheConsoleIsLabelledAndGoalsTickToo() {
        try (BrowserContext ctx = browser.newContext("ko-KR")) {
            Page page = ctx.newPage();
            page.navigate(server.url("/exercises/run-your-first-container"));
            assertThat(page.locator("#exercise-goals")).containsText("목표 (2개 중 0개 달성)");
            type(page, "명령", "docker run -d --name web nginx:1.27");
            assertThat(page.locator("#exercise-goals")).containsText("목표 (2개 중 1개 달성)");
            type(page, "명령", "docker run -d --name web2 -p 8080:80 nginx:1.27");
            assertThat(page.locator("#exercise-goals")).containsText("실습을 해결했습니다!");
            assertThat(page.locator("#exercise-goals")).containsText("✓ 명령 2개, 힌트 0개로 해결");
            Browser.screenshot(page, "exercise-solved-ko-1280");
        }
    }
}
