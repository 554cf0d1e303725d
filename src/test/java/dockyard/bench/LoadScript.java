package dockyard.bench;

import org.HdrHistogram.Histogram;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An open-loop HTTP load generator for our own server on loopback: requests leave at a fixed rate whatever
 * the server does (a closed loop would wait for slow answers and hide stalls), and each latency is measured
 * from the moment the request was due, so queueing shows up. The server's own time comes from the
 * {@code Server-Timing: app;dur=MS} header every response carries.
 *
 * <pre>
 * LoadScript --url http://localhost:7070/lessons/docker-vs-vm --rate 500 --seconds 30 [--warmup 10]
 *            [--method GET|POST --form 'a=1&amp;b=2'] [--prime /]   (several --url are sent round-robin)
 * </pre>
 * One cookie jar is shared by all requests (one learner); {@code --prime PATH} is fetched first so the guest
 * cookie exists before the load starts. Bounded: at most 2,000 requests/s, 300 s and loopback hosts only.
 */
public final class LoadScript {
    private static final Pattern SERVER_TIMING = Pattern.compile("app;dur=([0-9.]+)");
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    record Options(List<URI> urls, int rate, int seconds, int warmup, String method, String form, String prime) {
    }

    private LoadScript() {
    }

    public static void main(String[] args) throws Exception {
        Options o = parse(args);
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(2)).version(HttpClient.Version.HTTP_1_1).build();
        if (o.prime() != null) {
            http.send(HttpRequest.newBuilder(o.urls().get(0).resolve(o.prime())).build(), HttpResponse.BodyHandlers.discarding());
        }
        if (o.warmup() > 0) {
            System.out.printf(Locale.ROOT, "warm-up: %d s at %d req/s%n", o.warmup(), o.rate());
            run(http, o, o.warmup());
        }
        System.out.printf(Locale.ROOT, "measuring: %d s at %d req/s, %s %s%n", o.seconds(), o.rate(), o.method(), o.urls());
        Result r = run(http, o, o.seconds());
        r.print(o);
    }

    /** What one run measured; times in microseconds. */
    record Result(Histogram client, Histogram server, Map<Integer, Long> statuses, long errors, Map<String, Long> errorKinds,
                  long sent, double elapsedSeconds) {
        void print(Options o) {
            System.out.printf(Locale.ROOT, "sent %d in %.1f s (%.0f req/s achieved); errors %d %s; statuses %s%n",
                    sent, elapsedSeconds, sent / elapsedSeconds, errors, errorKinds, statuses);
            line("latency (from due time)", client);
            line("server time (Server-Timing)", server);
        }

        private static void line(String what, Histogram h) {
            System.out.printf(Locale.ROOT, "%-28s p50 %7.2f ms  p90 %7.2f ms  p99 %7.2f ms  p99.9 %7.2f ms  max %7.2f ms  (n=%d)%n",
                    what, ms(h, 50), ms(h, 90), ms(h, 99), ms(h, 99.9), h.getMaxValue() / 1000.0, h.getTotalCount());
        }

        private static double ms(Histogram h, double p) {
            return h.getValueAtPercentile(p) / 1000.0;
        }
    }

    static Result run(HttpClient http, Options o, int seconds) throws InterruptedException {
        Histogram client = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
        Histogram server = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
        Map<Integer, Long> statuses = new ConcurrentHashMap<>();
        AtomicLong errors = new AtomicLong();
        Map<String, Long> errorKinds = new ConcurrentHashMap<>();
        long total = (long) o.rate() * seconds;
        long intervalNanos = 1_000_000_000L / o.rate();
        List<CompletableFuture<?>> inFlight = new ArrayList<>();
        long start = System.nanoTime();
        for (long i = 0; i < total; i++) {
            long due = start + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) LockSupport.parkNanos(wait);
            HttpRequest request = request(o, o.urls().get((int) (i % o.urls().size())));
            inFlight.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
                long micros = (System.nanoTime() - due) / 1000;
                synchronized (client) {
                    client.recordValue(Math.min(micros, client.getHighestTrackableValue()));
                }
                if (failure != null) {
                    errors.incrementAndGet();
                    Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                    errorKinds.merge(cause.getClass().getSimpleName(), 1L, Long::sum);
                    return;
                }
                statuses.merge(response.statusCode(), 1L, Long::sum);
                response.headers().firstValue("Server-Timing").ifPresent(v -> {
                    Matcher m = SERVER_TIMING.matcher(v);
                    if (m.find()) {
                        synchronized (server) {
                            server.recordValue(Math.min((long) (Double.parseDouble(m.group(1)) * 1000), server.getHighestTrackableValue()));
                        }
                    }
                });
            }));
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).orTimeout(30, TimeUnit.SECONDS)
                .exceptionally(t -> null).join();
        double elapsed = (System.nanoTime() - start) / 1e9;
        return new Result(client, server, new TreeMap<>(statuses), errors.get(), new TreeMap<>(errorKinds), total, elapsed);
    }

    private static HttpRequest request(Options o, URI url) {
        HttpRequest.Builder b = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10));
        if ("POST".equals(o.method())) {
            b.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(o.form() == null ? "" : o.form()));
        }
        return b.build();
    }

    static Options parse(String[] args) {
        List<URI> urls = new ArrayList<>();
        int rate = 500, seconds = 30, warmup = 10;
        String method = "GET", form = null, prime = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--url" -> urls.add(URI.create(value));
                case "--rate" -> rate = Integer.parseInt(value);
                case "--seconds" -> seconds = Integer.parseInt(value);
                case "--warmup" -> warmup = Integer.parseInt(value);
                case "--method" -> method = value.toUpperCase(Locale.ROOT);
                case "--form" -> form = value;
                case "--prime" -> prime = value;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
            i++;
        }
        if (urls.isEmpty()) throw new IllegalArgumentException("give at least one --url");
        for (URI u : urls) {
            if (!LOOPBACK.contains(u.getHost())) throw new IllegalArgumentException("loopback only: " + u);
        }
        if (rate < 1 || rate > 2000) throw new IllegalArgumentException("--rate must be 1..2000");
        if (seconds < 1 || seconds + warmup > 300) throw new IllegalArgumentException("--seconds plus --warmup must stay within 300");
        if (!method.equals("GET") && !method.equals("POST")) throw new IllegalArgumentException("--method GET or POST");
        return new Options(List.copyOf(urls), rate, seconds, warmup, method, form, prime);
    }
}
