package dockyard.sim;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * The discrete-event kernel: a virtual clock, an event queue ordered by (time, sequence) and one seeded
 * random source. Nothing moves until {@link #advance} is called; the same seed and the same calls always
 * give the same results.
 *
 * <p>Time is kept in simulated milliseconds since {@link #EPOCH}. Single-threaded: a kernel belongs to
 * one sandbox and is never shared between threads without external locking.
 */
public final class Kernel {
    /** Simulated time zero; every sandbox starts on this instant. */
    public static final Instant EPOCH = Instant.parse("2026-03-02T09:00:00Z");
    /** Longest single advance: 7 simulated days, in milliseconds. */
    public static final long MAX_ADVANCE_MILLIS = 7L * 24 * 3600 * 1000;

    private final long seed;
    private final SplittableRandom random;
    private final PriorityQueue<Scheduled> queue = new PriorityQueue<>();
    private final Map<Class<?>, List<Consumer<Object>>> subscribers = new java.util.LinkedHashMap<>();
    private long now;
    private long sequence;
    private long processed;

    public Kernel(long seed) {
        this.seed = seed;
        this.random = new SplittableRandom(seed);
    }

    public long seed() { return seed; }

    /** Simulated milliseconds since {@link #EPOCH}. */
    public long now() { return now; }

    /** The simulated wall-clock instant. */
    public Instant instant() { return EPOCH.plusMillis(now); }

    /** The current simulated instant as AWS's JSON protocol sends timestamps: epoch seconds with a fraction. */
    public double epochSeconds() { return epochSeconds(now); }

    /** Simulated milliseconds since {@link #EPOCH} as epoch seconds with a fraction. */
    public static double epochSeconds(long simMillis) {
        return (EPOCH.toEpochMilli() + simMillis) / 1000.0;
    }

    /** The one random source of the simulation. */
    public SplittableRandom random() { return random; }

    /** Events run so far (for benchmarks and tests). */
    public long processed() { return processed; }

    /** Events still waiting. */
    public int pending() { return queue.size(); }

    /**
     * Runs {@code action} after {@code delayMillis} simulated milliseconds (0 = at the current time, after
     * everything already queued for now). Returns a handle that can cancel it.
     */
    public Scheduled schedule(long delayMillis, Runnable action) {
        if (delayMillis < 0) throw new IllegalArgumentException("negative delay " + delayMillis);
        Scheduled s = new Scheduled(now + delayMillis, sequence++, action);
        queue.add(s);
        return s;
    }

    /**
     * Moves the clock forward by {@code millis}, running every event due on the way in (time, sequence)
     * order. Events scheduled by events run too if they fall inside the window. Returns the count run.
     */
    public long advance(long millis) {
        if (millis < 0) throw AwsException.client(Limits.CODE, "Simulated time cannot go backwards.");
        if (millis > MAX_ADVANCE_MILLIS) {
            throw AwsException.client(Limits.CODE, "A single advance is at most 7 days (604800 seconds); advance in several steps.");
        }
        long until = now + millis;
        long ran = 0;
        while (!queue.isEmpty() && queue.peek().at <= until) {
            Scheduled next = queue.poll();
            if (next.cancelled) continue;
            now = next.at;
            next.action.run();
            ran++;
        }
        now = until;
        processed += ran;
        return ran;
    }

    /** Runs everything due at the current instant without moving the clock. */
    public long settle() {
        return advance(0);
    }

    /** Registers a listener for events of {@code type} (and its subtypes) published on this kernel. */
    @SuppressWarnings("unchecked")
    public <E> void subscribe(Class<E> type, Consumer<? super E> listener) {
        subscribers.computeIfAbsent(type, k -> new ArrayList<>()).add(e -> ((Consumer<Object>) listener).accept(e));
    }

    /** Whether anyone listens for events of {@code type} (lets publishers skip building costly events). */
    public boolean hasSubscribers(Class<?> type) {
        for (Class<?> k : subscribers.keySet()) {
            if (k.isAssignableFrom(type)) return true;
        }
        return false;
    }

    /** Delivers {@code event} synchronously to every listener of its type or a supertype, in subscription order. */
    public void publish(Object event) {
        for (Map.Entry<Class<?>, List<Consumer<Object>>> e : subscribers.entrySet()) {
            if (e.getKey().isInstance(event)) {
                for (Consumer<Object> c : e.getValue()) c.accept(event);
            }
        }
    }

    /** A queued event; {@link #cancel()} stops it from running. */
    public static final class Scheduled implements Comparable<Scheduled> {
        private final long at;
        private final long seq;
        private final Runnable action;
        private boolean cancelled;

        private Scheduled(long at, long seq, Runnable action) {
            this.at = at;
            this.seq = seq;
            this.action = action;
        }

        /** Simulated milliseconds since the epoch at which it runs. */
        public long at() { return at; }

        public void cancel() { cancelled = true; }

        public boolean cancelled() { return cancelled; }

        @Override
        public int compareTo(Scheduled o) {
            int c = Long.compare(at, o.at);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }
}
