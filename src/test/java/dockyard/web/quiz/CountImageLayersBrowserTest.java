package dockyard.web.quiz;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dockyard.support.Browser;
import dockyard.support.TestServer;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A learner builds the shop image in the hands-on sandbox, reads its layer count with --format, and is marked right. */
class CountImageLayersBrowserTest {
    private static final com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions SLOW =
            new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(20_000);

    @Test
    void aLearnerCountsTheLayersOfTheImageTheyBuilt() {
        try (TestServer server = TestServer.start(); Browser browser = Browser.launch(); BrowserContext ctx = browser.newContext("en-US")) {
            Page page = ctx.newPage();
            page.navigate(server.url("/quiz/docker-workflow"));
            for (int i = 0; i < 60 && !page.content().contains("Layers in shop:1"); i++) {
                if (page.locator(".quiz-option").count() > 0) {
                    String text = page.content();
                    int pick = text.contains("Choose three") ? 3 : text.contains("Choose two") ? 2 : 1;
                    for (int k = 0; k < pick; k++) page.locator(".quiz-option").nth(k).click();
                    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check my answer")).click();
                } else {
                    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check my work")).click();
                }
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next question")).click();
            }
            assertThat(page.getByText("Build it as")).isVisible();
            Browser.screenshot(page, "handson-count-image-layers-question");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open the sandbox")).click();
            run(page, "docker build -q -t shop:1 shop", "sha256:");
            run(page, "docker image inspect --format '{{len .RootFS.Layers}}' shop:1", "6");
            run(page, "docker history --format 'table {{.CreatedBy}}\\t{{.Size}}' shop:1", "CREATED BY");
            Browser.screenshot(page, "handson-count-image-layers-sandbox");

            page.getByLabel("Layers in shop:1").fill("6");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit my answer")).click();
            assertThat(page.locator(".quiz-marked.is-right")).isVisible();
            assertThat(page.locator(".handson-checks .held")).containsText("shop:1 was built from shop/Dockerfile");
            Browser.screenshot(page, "handson-count-image-layers-marked");
        }
    }

    /** Types a command, waits for its entry to appear in the console, and checks what it printed. */
    private static void run(Page page, String command, String expected) {
        int before = page.locator(".sb-entry[data-line]").count();
        page.locator("#sb-command").fill(command);
        page.locator("#sb-command").press("Enter");
        assertThat(page.locator(".sb-entry[data-line]")).hasCount(before + 1,
                new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions().setTimeout(20_000));
        assertThat(page.locator(".sb-entry[data-line] .sb-out").last()).containsText(expected, SLOW);
    }
}
