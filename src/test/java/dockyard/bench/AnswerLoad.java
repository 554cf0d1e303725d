package dockyard.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Open-loop load on practice answer submission ({@code POST /quiz/{topic}/answer}) against a running server:
 * requests leave at a fixed rate whatever the answers' latency, and each latency is measured from the moment
 * the request was due to leave (so a stall shows up in full, no coordinated omission).
 * <p>
 * Preparation opens one pending practice question per (guest, topic), enough for the whole run.
 * Usage: {@code java -cp ... dockyard.bench.AnswerLoad http://localhost:7070 RATE SECONDS}
 */
public final class AnswerLoad {
    private record Pending(String cookie, String topic, String attempt, String position, String option) {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:7070";
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int warmup = Math.max(1, seconds / 5);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).executor(java.util.concurrent.Executors.newFixedThreadPool(8)).build();

        List<String> topics = topics(http, base);
        int needed = rate * (seconds + warmup);
        List<Pending> pending = prepare(http, base, topics, needed);
        System.out.printf("prepared %d pending answers over %d topics%n", pending.size(), topics.size());

        run(http, base, pending.subList(0, rate * warmup), rate, null, null);
        long[] latencies = new long[rate * seconds];
        double[] serverMs = new double[rate * seconds];
        AtomicInteger errors = run(http, base, pending.subList(rate * warmup, rate * (warmup + seconds)), rate, latencies, serverMs);
        Arrays.sort(latencies);
        Arrays.sort(serverMs);
        System.out.printf("rate=%d/s duration=%ds answers=%d errors=%d p50=%.1fms p90=%.1fms p99=%.1fms p99.9=%.1fms max=%.1fms%n",
                rate, seconds, latencies.length, errors.get(), ms(latencies, 0.50), ms(latencies, 0.90), ms(latencies, 0.99),
                ms(latencies, 0.999), latencies[latencies.length - 1] / 1e6);
        System.out.printf("inside the server (Server-Timing, from the first filter to the response): p50=%.2fms p99=%.2fms max=%.2fms%n",
                serverMs[serverMs.length / 2], serverMs[(int) Math.ceil(0.99 * serverMs.length) - 1], serverMs[serverMs.length - 1]);
        System.exit(0);
    }

    private static final Pattern DUR = Pattern.compile("dur=([0-9.]+)");

    private static AtomicInteger run(HttpClient http, String base, List<Pending> batch, int rate, long[] latencies, double[] serverMs) throws Exception {
        AtomicInteger errors = new AtomicInteger();
        List<CompletableFuture<?>> inFlight = new ArrayList<>();
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime();
        for (int i = 0; i < batch.size(); i++) {
            long due = start + i * interval;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                if (wait > 200_000) Thread.sleep(0, (int) Math.min(wait - 100_000, 999_999)); else Thread.onSpinWait();
            }
            Pending p = batch.get(i);
            HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/quiz/" + p.topic() + "/answer"))
                    .header("Cookie", p.cookie()).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("attempt=" + p.attempt() + "&position=" + p.position() + "&option=" + p.option()))
                    .build();
            int index = i;
            inFlight.add(http.sendAsync(req, HttpResponse.BodyHandlers.discarding()).handle((r, e) -> {
                long took = System.nanoTime() - due;
                if (e != null || r.statusCode() != 303) errors.incrementAndGet();
                if (latencies != null) latencies[index] = took;
                if (serverMs != null) {
                    Matcher d = r == null ? null : DUR.matcher(r.headers().firstValue("Server-Timing").orElse(""));
                    serverMs[index] = d != null && d.find() ? Double.parseDouble(d.group(1)) : Double.NaN;
                }
                return null;
            }));
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).join();
        return errors;
    }

    private static List<String> topics(HttpClient http, String base) throws Exception {
        String page = http.send(HttpRequest.newBuilder(URI.create(base + "/quiz")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("href=\"/quiz/([a-z0-9-]+)\"").matcher(page);
        List<String> out = new ArrayList<>();
        while (m.find()) out.add(m.group(1));
        return out;
    }

    private static List<Pending> prepare(HttpClient http, String base, List<String> topics, int needed) throws Exception {
        ConcurrentLinkedQueue<Pending> out = new ConcurrentLinkedQueue<>();
        int guests = (needed + topics.size() - 1) / topics.size();
        Pattern attempt = Pattern.compile("name=\"attempt\" value=\"(\\d+)\"");
        Pattern position = Pattern.compile("name=\"position\" value=\"(\\d+)\"");
        Pattern option = Pattern.compile("name=\"option\" value=\"([a-z])\"");
        List<CompletableFuture<?>> work = new ArrayList<>();
        java.util.concurrent.Semaphore window = new java.util.concurrent.Semaphore(32);
        for (int g = 0; g < guests; g++) {
            HttpResponse<Void> first = http.send(HttpRequest.newBuilder(URI.create(base + "/healthz?x")).build(), HttpResponse.BodyHandlers.discarding());
            HttpResponse<String> home = http.send(HttpRequest.newBuilder(URI.create(base + "/quiz")).build(), HttpResponse.BodyHandlers.ofString());
            String cookie = home.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("dockyard_learner=")).findFirst().orElseThrow().split(";")[0];
            for (String topic : topics) {
                window.acquire();
                work.add(http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/quiz/" + topic + "?lang=en")).header("Cookie", cookie).build(),
                        HttpResponse.BodyHandlers.ofString()).whenComplete((r, e) -> {
                    window.release();
                    if (e != null) return;
                    Matcher a = attempt.matcher(r.body());
                    Matcher p = position.matcher(r.body());
                    Matcher o = option.matcher(r.body());
                    int choose = r.body().contains("Choose three.") ? 3 : r.body().contains("Choose two.") ? 2 : 1;
                    List<String> picks = new ArrayList<>();
                    while (picks.size() < choose && o.find()) picks.add(o.group(1));
                    if (a.find() && p.find() && picks.size() == choose) {
                        out.add(new Pending(cookie, topic, a.group(1), p.group(1), String.join("&option=", picks)));
                    }
                }));
            }
            if (first.statusCode() != 200) throw new IllegalStateException("server not healthy");
        }
        CompletableFuture.allOf(work.toArray(CompletableFuture[]::new)).join();
        List<Pending> list = new ArrayList<>(out);
        java.util.Collections.shuffle(list, new java.util.Random(1));
        if (list.size() < needed) throw new IllegalStateException("only " + list.size() + " pending answers prepared of " + needed);
        return list;
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
