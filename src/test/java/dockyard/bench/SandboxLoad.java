package dockyard.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Open-loop load on the sandbox console ({@code POST /sandbox/{id}/run} as htmx sends it, answered with the new
 * console entry and the re-read cluster view, clock, timeline and files): LEARNERS guests each send one command
 * every PERIOD ms, staggered, whatever the latency; a latency counts from when the request was due. Commands
 * follow a learner's path: create a cluster, register a Fargate task definition, run tasks, look at them, advance
 * time, create repositories. Reports the server's own time (the Server-Timing header) and the client-side latency.
 * Usage: {@code java -cp ... dockyard.bench.SandboxLoad http://localhost:7070 LEARNERS PERIOD_MS SECONDS}
 */
public final class SandboxLoad {
    private static final Pattern BASE = Pattern.compile("data-base=\"(/sandbox/[A-Za-z0-9_-]+)\"");
    private static final Pattern TIMING = Pattern.compile("app;dur=([0-9.]+)");
    private static final List<String> SETUP = List.of(
            "aws ecs create-cluster --cluster-name demo",
            "aws ecs register-task-definition --family web --requires-compatibilities FARGATE --network-mode awsvpc --cpu 256 --memory 512 "
                    + "--container-definitions '[{\"name\":\"web\",\"image\":\"nginx\",\"essential\":true,\"portMappings\":[{\"containerPort\":80}]}]'",
            "SUBNET=$(aws ec2 describe-subnets --query 'Subnets[0].SubnetId' --output text)");
    private static final List<String> LOOP = List.of(
            "aws ecs run-task --cluster demo --launch-type FARGATE --task-definition web --network-configuration \"awsvpcConfiguration={subnets=[$SUBNET]}\" --query 'tasks[0].lastStatus' --output text",
            "aws ecs list-tasks --cluster demo",
            "sim advance 10s",
            "aws ecs describe-tasks --cluster demo --tasks $(aws ecs list-tasks --cluster demo --query 'taskArns[0]' --output text) --query 'tasks[0].[lastStatus,availabilityZone]' --output text",
            "aws ecr describe-repositories",
            "aws ecs describe-clusters --clusters demo");

    private record Learner(String cookie, String base) {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:7070";
        int learners = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int period = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(8)).build();
        List<Learner> all = new ArrayList<>();
        for (int i = 0; i < learners; i++) {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/sandbox?lang=en")).build(), HttpResponse.BodyHandlers.ofString());
            String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("dockyard_learner=")).findFirst().orElseThrow().split(";")[0];
            Matcher m = BASE.matcher(page.body());
            if (!m.find()) throw new IllegalStateException("no sandbox on the page");
            Learner l = new Learner(cookie, m.group(1));
            for (String c : SETUP) send(http, base, l, c).join();
            all.add(l);
        }
        System.out.printf("prepared %d learners%n", learners);
        long total = (long) seconds * 1000 / period * learners;
        long[] latency = new long[(int) total];
        double[] server = new double[(int) total];
        AtomicInteger errors = new AtomicInteger();
        List<CompletableFuture<?>> inFlight = new ArrayList<>();
        long intervalNanos = period * 1_000_000L / learners;
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * intervalNanos;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            Learner l = all.get(i % learners);
            String command = LOOP.get((i / learners) % LOOP.size());
            int index = i;
            inFlight.add(send(http, base, l, command).handle((r, e) -> {
                latency[index] = System.nanoTime() - due;
                if (e != null || r.statusCode() != 200) {
                    errors.incrementAndGet();
                    return null;
                }
                Matcher t = TIMING.matcher(r.headers().firstValue("Server-Timing").orElse(""));
                server[index] = t.find() ? Double.parseDouble(t.group(1)) : Double.NaN;
                return null;
            }));
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).join();
        Arrays.sort(latency);
        Arrays.sort(server);
        System.out.printf("learners=%d period=%dms rate=%.1f/s commands=%d errors=%d%n", learners, period, learners * 1000.0 / period, total, errors.get());
        System.out.printf("server time: p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms%n", q(server, .50), q(server, .95), q(server, .99), server[server.length - 1]);
        System.out.printf("round trip:  p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms%n", latency[(int) (total * .50)] / 1e6,
                latency[(int) Math.min(total - 1, total * .95)] / 1e6, latency[(int) Math.min(total - 1, total * .99)] / 1e6, latency[(int) total - 1] / 1e6);
        System.exit(errors.get() == 0 ? 0 : 1);
    }

    private static CompletableFuture<HttpResponse<String>> send(HttpClient http, String base, Learner l, String command) {
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + l.base() + "/run"))
                .header("Cookie", l.cookie()).header("HX-Request", "true")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("command=" + URLEncoder.encode(command, StandardCharsets.UTF_8)))
                .build();
        return http.sendAsync(req, HttpResponse.BodyHandlers.ofString());
    }

    private static double q(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
