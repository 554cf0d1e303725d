package dockyard.web.quiz;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import dockyard.support.Browser;
import dockyard.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class QuizBrowserTest {
    static TestServer server;
    static Browser browser;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        browser = Browser.launch();
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        server.close();
    }

    @Test
    void aLearnerTakesAShortMockExamFlagsAQuestionSubmitsAndReadsTheResultPerTopic() {
        try (BrowserContext ctx = browser.newContext("en-US")) {
            Page page = ctx.newPage();
            page.navigate(server.url("/exam"));
            page.getByLabel("SAA-C03").check();
            page.getByLabel("10 questions, 20 minutes").check();
            Browser.screenshot(page, "exam-start-laptop-light");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the exam")).click();
            // the clock is kept by the server and counts down in the page between requests
            assertThat(page.locator(".exam-clock")).not().hasText("20:00", new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(5000));
            assertThat(page.locator(".exam-clock").innerText()).matches("19:[0-5]\\d");
            for (int n = 1; n <= 10; n++) {
                assertThat(page.getByText("Question " + n + " of 10")).isVisible();
                page.locator(".quiz-option").first().click();
                if (n == 3) {
                    page.getByLabel("Flag for review").check();
                    Browser.screenshot(page, "exam-question-laptop-light");
                }
                String next = n < 10 ? "Save and next" : "Save and review";
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(next)).click();
            }
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Review your answers"))).isVisible();
            assertThat(page.locator(".exam-grid li").nth(2)).containsText("flagged");
            Browser.screenshot(page, "exam-review-laptop-light");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit the exam")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("By topic"))).isVisible();
            assertThat(page.locator("#by-topic tbody tr").first()).containsText("/");
            assertThat(page.locator(".exam-score-number")).containsText("/ 1000");
            Browser.screenshot(page, "exam-result-laptop-light");
            page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
            Browser.screenshot(page, "exam-result-laptop-dark");
            page.getByText("See every answer explained").click();
            assertThat(page.locator(".quiz-why").first()).isVisible();
            Browser.screenshot(page, "exam-answers-laptop-dark");
        }
    }

    @Test
    void aKoreanLearnerAnswersAPracticeQuestionAndSeesItsExplanation() {
        try (BrowserContext ctx = browser.newPhoneContext("ko-KR")) {
            Page page = ctx.newPage();
            page.navigate(server.url("/quiz"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("주제별 연습").setLevel(1))).isVisible();
            Browser.screenshot(page, "quiz-index-phone-light");
            page.locator(".topic-list a").first().click();
            assertThat(page.getByText("정답 확인")).isVisible();
            assertThat(page.content()).doesNotContain("quiz-why");
            Browser.screenshot(page, "quiz-question-phone-light");
            page.locator(".quiz-option").first().click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("정답 확인")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("");
            String verdict = page.getByRole(AriaRole.STATUS).innerText();
            assertThat(verdict).matches("정답입니다\\.|틀렸습니다\\.");
            assertThat(page.locator(".quiz-why").first()).isVisible();
            assertThat(page.getByText("이 답의 근거 문서")).isVisible();
            Browser.screenshot(page, "quiz-feedback-phone-light");
            page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
            Browser.screenshot(page, "quiz-feedback-phone-dark");
            page.navigate(server.url("/progress"));
            assertThat(page.locator(".chart-box svg").first()).isVisible();
            Browser.screenshot(page, "progress-phone-dark");
            page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.LIGHT));
            page.setViewportSize(1280, 860);
            Browser.screenshot(page, "progress-laptop-light");
        }
    }
}
