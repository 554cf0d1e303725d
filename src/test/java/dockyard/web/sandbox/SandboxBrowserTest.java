package dockyard.web.sandbox;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
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

/** A learner types into the console and watches the cluster; undo, reset, share (read-only) and fork. */
class SandboxBrowserTest {
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

    static void type(Page page, String command) {
        String label = "ko".equals(page.locator("html").getAttribute("lang")) ? "명령" : "Command";
        Locator input = page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
        int before = page.locator("#sb-log .sb-entry").count();
        input.fill(command);
        input.press("Enter");
        assertThat(page.locator("#sb-log .sb-entry")).hasCount(before + 1);
        assertThat(input).hasValue("");
    }

    static Locator cluster(Page page, String name) {
        return page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void aLearnerRunsAFargateTaskWatchesItStartThenUndoesSharesAndForks() {
        try (BrowserContext ctx = browser.newContext("en-US")) {
            Page page = ctx.newPage();
            page.navigate(server.url("/sandbox"));
            type(page, "aws ecs create-cluster --cluster-name demo");
            assertThat(page.locator("#sb-log .sb-entry").last()).containsText("\"clusterName\": \"demo\"");
            type(page, "aws ecs register-task-definition --family web --requires-compatibilities FARGATE --network-mode awsvpc "
                    + "--cpu 256 --memory 512 --container-definitions '[{\"name\":\"web\",\"image\":\"nginx\",\"essential\":true}]'");
            type(page, "SUBNET=$(aws ec2 describe-subnets --query 'Subnets[0].SubnetId' --output text)");
            type(page, "aws ecs run-task --cluster demo --launch-type FARGATE --task-definition web "
                    + "--network-configuration \"awsvpcConfiguration={subnets=[$SUBNET]}\" --query 'tasks[0].lastStatus' --output text");
            assertThat(cluster(page, "Cluster")).containsText("PROVISIONING");
            assertThat(cluster(page, "Cluster")).containsText("web:1");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("+1 min")).click();
            assertThat(cluster(page, "Cluster")).containsText("RUNNING");
            assertThat(page.locator("#sb-clock time")).containsText("09:01:00");
            assertThat(page.locator("#sb-timeline")).containsText("RUNNING");

            // History and completion
            Locator input = page.getByLabel("Command", new Page.GetByLabelOptions().setExact(true));
            input.press("ArrowUp");
            assertThat(input).hasValue("sim advance 60s");
            input.fill("aws ecs describe-ta");
            input.press("Tab");
            assertThat(input).hasValue("aws ecs describe-task");
            assertThat(page.locator("#sb-candidates")).containsText("describe-task-definition");
            input.fill("aws ecs describe-tasks --clu");
            input.press("Tab");
            assertThat(input).hasValue("aws ecs describe-tasks --cluster ");
            input.fill("");

            // Hovering or focusing a task shows its details
            page.locator(".cv-task").first().focus();
            assertThat(page.locator("#sb-details")).containsText("lastStatus RUNNING");
            Browser.screenshot(page, "sandbox-en-1280-light");
            page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
            Browser.screenshot(page, "sandbox-en-1280-dark");
            page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.LIGHT));

            // Undo the time step: the task is back before RUNNING
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Undo")).click();
            assertThat(cluster(page, "Cluster").locator(".sb-task-list .sb-status")).hasText("PROVISIONING");
            assertThat(page.locator("#sb-clock time")).containsText("09:00:00");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("+5 min")).click();
            assertThat(cluster(page, "Cluster")).containsText("RUNNING");

            // Share: a second browser sees a read-only copy and forks it
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Share")).click();
            String link = page.getByLabel("Read-only link to share").inputValue();
            assertThat(link).contains("/s/");
            String mine = page.url();
            try (BrowserContext other = browser.newContext("ko-KR")) {
                Page visitor = other.newPage();
                visitor.navigate(link);
                assertThat(cluster(visitor, "클러스터")).containsText("RUNNING");
                assertThat(visitor.getByLabel("명령", new Page.GetByLabelOptions().setExact(true))).hasCount(0);
                assertThat(visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("되돌리기"))).hasCount(0);
                Browser.screenshot(visitor, "sandbox-shared-ko-1280");
                visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("포크")).click();
                assertThat(visitor).hasURL(java.util.regex.Pattern.compile("/sandbox/[A-Za-z0-9_-]+$"));
                assertThat(visitor.url()).isNotEqualTo(mine);
                assertThat(cluster(visitor, "클러스터")).containsText("RUNNING");
                type(visitor, "aws ecs create-cluster --cluster-name forked");
                visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("처음으로")).click();
                assertThat(cluster(visitor, "클러스터")).not().containsText("web:1");
            }
            page.reload();
            assertThat(cluster(page, "Cluster")).containsText("RUNNING");
            assertThat(page.locator("#sb-log")).not().containsText("forked");

            // Reset: back to the start
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reset")).click();
            assertThat(cluster(page, "Cluster")).not().containsText("web:1");
            assertThat(page.locator("#sb-log .sb-entry")).hasCount(0);
        }
    }

    @Test
    void onAPhoneInDarkModeThePageStillWorks() {
        try (BrowserContext ctx = browser.newPhoneContext("ko-KR")) {
            Page page = ctx.newPage();
            page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
            page.navigate(server.url("/sandbox"));
            type(page, "aws ecr create-repository --repository-name web");
            type(page, "aws ecr create-repository --repository-name wrong!name");
            assertThat(page.locator("#sb-log .sb-failed")).hasCount(1);
            assertThat(cluster(page, "클러스터")).containsText("web");
            assertThat(page.locator("#sb-log")).containsText("repositoryUri");
            Browser.screenshot(page, "sandbox-ko-390-dark");
            page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.LIGHT));
            Browser.screenshot(page, "sandbox-ko-390-light");
        }
    }

    @Test
    void playModeMovesTheClockAndLogsOneCoalescedStep() {
        try (BrowserContext ctx = browser.newContext("en-US")) {
            Page page = ctx.newPage();
            page.navigate(server.url("/sandbox"));
            page.getByLabel("Play speed").selectOption("60");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Play")).click();
            assertThat(page.locator("#sb-clock time")).containsText("09:04:00", new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pause")).click();
            page.reload();
            Locator steps = page.locator("#sb-log .sb-entry .sb-line");
            assertThat(steps).hasCount(1);
            assertThat(steps.first()).containsText("sim advance");
            String clock = page.locator("#sb-clock time").textContent();
            assertThat(clock).doesNotContain("09:00:00");
        }
    }

    private static final String[] BUSY_ACCOUNT = {
            "aws ecs create-cluster --cluster-name demo",
            "AMI=$(aws ssm get-parameters --names /aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id --query 'Parameters[0].Value' --output text)",
            "cat > userdata.sh <<'EOF'\n#!/bin/bash\necho ECS_CLUSTER=demo >> /etc/ecs/ecs.config\nEOF",
            "aws ec2 run-instances --image-id $AMI --instance-type t3.small --user-data file://userdata.sh --placement AvailabilityZone=ap-northeast-2c",
            "echo '{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Principal\": {\"Service\": \"ec2.amazonaws.com\"}, \"Action\": \"sts:AssumeRole\"}]}' > ec2-trust.json",
            "aws iam create-role --role-name ecsInstanceRole --assume-role-policy-document file://ec2-trust.json",
            "aws iam attach-role-policy --role-name ecsInstanceRole --policy-arn arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role",
            "aws iam create-instance-profile --instance-profile-name ecsInstanceRole",
            "aws iam add-role-to-instance-profile --instance-profile-name ecsInstanceRole --role-name ecsInstanceRole",
            "aws ec2 run-instances --image-id $AMI --instance-type t3.small --user-data file://userdata.sh --iam-instance-profile Name=ecsInstanceRole --placement AvailabilityZone=ap-northeast-2a",
            "aws ec2 run-instances --image-id $AMI --instance-type t3.medium --user-data file://userdata.sh --iam-instance-profile Name=ecsInstanceRole --placement AvailabilityZone=ap-northeast-2b",
            "sim advance 5m",
            "aws ecs register-task-definition --family nginx --container-definitions '[{\"name\": \"web\", \"image\": \"nginx\", \"memory\": 256, \"cpu\": 256, \"portMappings\": [{\"containerPort\": 80, \"hostPort\": 8080}]}]'",
            "aws ecs run-task --cluster demo --task-definition nginx --count 2",
            "aws ecs register-task-definition --family api --requires-compatibilities FARGATE --network-mode awsvpc --cpu 256 --memory 512 --container-definitions '[{\"name\":\"api\",\"image\":\"nginx\"}]'",
            "SUBNET=$(aws ec2 describe-subnets --filters Name=availability-zone,Values=ap-northeast-2b --query 'Subnets[0].SubnetId' --output text)",
            "aws ecs run-task --cluster demo --launch-type FARGATE --task-definition api --network-configuration \"awsvpcConfiguration={subnets=[$SUBNET]}\"",
            "FS=$(aws efs create-file-system --tags Key=Name,Value=shared --query FileSystemId --output text)",
            "sim advance 30s",
            "aws efs create-mount-target --file-system-id $FS --subnet-id $(aws ec2 describe-subnets --filters Name=availability-zone,Values=ap-northeast-2a --query 'Subnets[0].SubnetId' --output text)",
            "aws efs create-mount-target --file-system-id $FS --subnet-id $SUBNET",
            "aws ecr create-repository --repository-name web",
            "sim advance 1m"};

    @Test
    void aBusyAccountIsDrawnWithHostsBarsFargateEfsAndRegistries() {
        try (BrowserContext ctx = browser.newContext("en-US")) {
            Page page = ctx.newPage();
            page.navigate(server.url("/sandbox"));
            String base = page.locator("main").getAttribute("data-base");
            for (String line : BUSY_ACCOUNT) {
                var form = com.microsoft.playwright.options.RequestOptions.create().setMaxRedirects(0)
                        .setForm(com.microsoft.playwright.options.FormData.create().set("command", line));
                var r = page.request().post(server.url(base + "/run"), form);
                if (r.status() == 429) { // the rate limit: wait as told, then send it again
                    page.waitForTimeout(1000 * Integer.parseInt(r.headers().get("retry-after")));
                    r = page.request().post(server.url(base + "/run"), form);
                }
                assertThat(r.status()).isEqualTo(303);
            }
            page.reload();
            Locator region = cluster(page, "Cluster");
            assertThat(region).containsText("not registered to a cluster");
            assertThat(region).containsText("Fargate tasks");
            assertThat(region.locator(".cv-host:not(.cv-unregistered)")).hasCount(2);
            assertThat(region.locator(".cv-efs")).hasCount(1);
            assertThat(region.locator(".cv-repo")).hasCount(1);
            assertThat(page.locator("#sb-log .sb-failed")).hasCount(0);
            Browser.screenshot(page, "sandbox-busy-en-1280-light");
            page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
            Browser.screenshot(page, "sandbox-busy-en-1280-dark");
        }
    }
}
