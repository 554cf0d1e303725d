package dockyard.web;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import dockyard.support.Browser;
import dockyard.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A learner in a real browser, on the real course: read, mark done, reload, switch language, search. */
class PlatformBrowserTest {
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
        if (server != null) server.close();
    }

    @Test
    void aLearnerReadsALessonMarksItDoneAndFindsItAgainInKorean() {
        try (BrowserContext ctx = browser.newContext("en-US")) {
            Page page = ctx.newPage();
            page.navigate(server.url("/"));
            assertThat(page.locator("html")).hasAttribute("lang", "en");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Docker basics"))).isVisible();
            assertThat(page.getByText("0 of 12 lessons done")).isVisible();

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Docker vs virtual machines").setExact(false)).first().click();
            assertThat(page).hasURL(server.url("/lessons/docker-vs-vm"));
            assertThat(page.locator("h1")).isVisible();
            assertThat(page.locator("figure.diagram svg").first()).isVisible();
            assertThat(page.locator("pre code.hljs").first()).isAttached(); // highlighted by highlight.js
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Copy the code")).first()).isVisible();
            Browser.screenshot(page, "platform-lesson-en-1280");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark as done")).click();
            assertThat(page.getByText("You marked this lesson done.")).isVisible();
            page.reload();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark as not done"))).isVisible();

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Course").setExact(true)).first().click();
            assertThat(page.getByText("1 of 12 lessons done")).isVisible();
            page.reload();
            assertThat(page.getByText("1 of 12 lessons done")).isVisible();
            assertThat(page.locator(".is-done .lesson-title")).hasText("Docker vs virtual machines");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("한국어")).click();
            assertThat(page.locator("html")).hasAttribute("lang", "ko");
            assertThat(page.getByText("레슨 12개 중 1개 완료")).isVisible();
            Browser.screenshot(page, "platform-home-ko-1280");

            page.getByRole(AriaRole.SEARCHBOX, new Page.GetByRoleOptions().setName("레슨 검색")).first().fill("하이퍼바이저");
            page.keyboard().press("Enter");
            assertThat(page).hasURL(java.util.regex.Pattern.compile("/search\\?q="));
            assertThat(page.locator(".result mark").first()).hasText("하이퍼바이저");
            page.locator(".result").first().click();
            assertThat(page).hasURL(java.util.regex.Pattern.compile("/lessons/[a-z0-9-]+(#[^?]+)?$"));
            assertThat(page.locator("html")).hasAttribute("lang", "ko");
        }
    }

    @Test
    void theHomePageIsKoreanForAKoreanBrowserAndTheCopyButtonCopies() {
        try (BrowserContext ctx = browser.newContext("ko-KR")) {
            ctx.grantPermissions(List.of("clipboard-read", "clipboard-write"));
            Page page = ctx.newPage();
            page.navigate(server.url("/"));
            assertThat(page.locator("html")).hasAttribute("lang", "ko");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Docker 기초"))).isVisible();
            page.navigate(server.url("/lessons/docker-workflow"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("코드 복사")).first().click();
            String copied = (String) page.evaluate("navigator.clipboard.readText()");
            assertThat(copied).isEqualTo(page.locator("pre code").first().textContent().replaceAll("\n$", ""));
        }
    }

    @Test
    void lessonsReadWithoutJavaScript() {
        try (BrowserContext ctx = browser.newContext("en-US")) {
            ctx.route("**/*.js", route -> route.abort());
            Page page = ctx.newPage();
            page.navigate(server.url("/lessons/ecs-fargate"));
            assertThat(page.locator("article.prose")).isVisible();
            assertThat(page.locator("figure.diagram svg").first()).isVisible();
            assertThat(page.locator(".copy-button")).hasCount(0);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark as done")).click();
            assertThat(page.getByText("You marked this lesson done.")).isVisible();
        }
    }

    @Test
    void axeFindsNoSeriousOrCriticalViolationOnTheHomePageAndALesson() {
        for (ColorScheme scheme : new ColorScheme[]{ColorScheme.LIGHT, ColorScheme.DARK}) {
            for (String lang : new String[]{"ko-KR", "en-US"}) {
                try (BrowserContext ctx = browser.newContext(lang)) {
                    Page page = ctx.newPage();
                    page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(scheme));
                    for (String path : new String[]{"/", "/lessons/ecs-iam-roles", "/lessons/docker-vs-vm", "/search?q=ECS"}) {
                        page.navigate(server.url(path));
                        page.waitForLoadState();
                        AxeResults results = new AxeBuilder(page).analyze();
                        List<String> bad = results.getViolations().stream()
                                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                                .map(PlatformBrowserTest::describe).toList();
                        assertThat(bad).as(path + " " + lang + " " + scheme).isEmpty();
                    }
                }
            }
        }
    }

    @Test
    void aPhoneGetsALayoutWithoutSidewaysScrolling() {
        for (ColorScheme scheme : new ColorScheme[]{ColorScheme.LIGHT, ColorScheme.DARK}) {
            try (BrowserContext ctx = browser.newPhoneContext("ko-KR")) {
                Page page = ctx.newPage();
                page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(scheme));
                for (String path : new String[]{"/", "/lessons/ecs-load-balancers", "/search?q=태스크"}) {
                    page.navigate(server.url(path));
                    Object overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
                    assertThat(((Number) overflow).intValue()).as(path).isLessThanOrEqualTo(0);
                }
                Browser.screenshot(page, "platform-search-ko-390-" + scheme.name().toLowerCase());
            }
        }
    }

    private static String describe(Rule v) {
        return v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at " + v.getNodes().stream().limit(3)
                .map(n -> String.valueOf(n.getTarget())).toList();
    }
}
