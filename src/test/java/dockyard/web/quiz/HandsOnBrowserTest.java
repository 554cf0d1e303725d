package dockyard.web.quiz;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import dockyard.support.Browser;
import dockyard.support.HandsOnFixture;
import dockyard.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A learner answers hands-on questions in a real browser, on the fixture course's "running" topic. */
class HandsOnBrowserTest {
    static TestServer server;
    static Browser browser;

    @BeforeAll
    static void start() {
        server = TestServer.startWithContent(HandsOnFixture.content());
        browser = Browser.launch();
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        server.close();
    }

    @Test
    void aKoreanLearnerDoesTheTaskInTheSandboxSubmitsAndSeesWhatHeld() {
        try (BrowserContext ctx = browser.newPhoneContext("ko-KR")) {
            Page page = ctx.newPage();
            toFirstHandsOn(page, "정답 확인", "다음 문제");
            assertThat(page.getByText("실습 문제").first()).isVisible();
            assertThat(page.getByText("web 클러스터가 ACTIVE 상태입니다")).isVisible();
            Browser.screenshot(page, "handson-question-phone-light");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("샌드박스 열기")).click();
            assertThat(page.locator(".handson-panel")).containsText("web");
            page.locator("#sb-command").fill("aws ecs create-cluster --cluster-name web");
            page.locator("#sb-command").press("Enter");
            assertThat(page.locator(".sb-entry[data-line] .sb-out").last()).containsText("\"status\": \"ACTIVE\"",
                    new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
            Browser.screenshot(page, "handson-sandbox-phone-light");
            Object overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("내 작업 채점")).click();
            assertThat(page.locator(".quiz-marked.is-right .quiz-verdict")).containsText("정답입니다");
            assertThat(page.locator(".handson-checks .held")).containsText("web 클러스터가 ACTIVE 상태입니다");
            assertThat(page.locator(".handson-explanation")).containsText("ACTIVE");
            Browser.screenshot(page, "handson-marked-phone-light");
        }
    }

    @Test
    void anEnglishLearnerTypesTheValueTheyFoundAndAxeFindsNoSeriousViolation() {
        try (BrowserContext ctx = browser.newContext("en-US")) {
            Page page = ctx.newPage();
            toFirstHandsOn(page, "Check my answer", "Next question");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check my work")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next question")).click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open the sandbox")).click();
            page.locator("#sb-command").fill("aws ecs describe-task-definition --task-definition report --query taskDefinition.containerDefinitions[0].memory");
            page.locator("#sb-command").press("Enter");
            assertThat(page.locator(".sb-entry[data-line] .sb-out").last()).hasText("300", new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(15_000));
            for (ColorScheme scheme : new ColorScheme[]{ColorScheme.LIGHT, ColorScheme.DARK}) {
                page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(scheme));
                List<String> bad = new AxeBuilder(page).analyze().getViolations().stream()
                        .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                        .map(v -> v.getId() + ": " + v.getHelp()).toList();
                assertThat(bad).as("sandbox page of a hands-on question, " + scheme).isEmpty();
            }
            page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.LIGHT));
            Browser.screenshot(page, "handson-sandbox-laptop-light");
            page.getByLabel("Memory limit (MiB)").fill("300");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit my answer")).click();
            assertThat(page.locator(".quiz-marked.is-right")).isVisible();
            assertThat(page.locator(".handson-values")).containsText("300");
            page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
            Browser.screenshot(page, "handson-marked-laptop-dark");
        }
    }

    private static void toFirstHandsOn(Page page, String submit, String next) {
        page.navigate(server.url("/quiz/running"));
        page.locator(".quiz-option").first().click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(submit)).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(next)).click();
    }
}
