package dockyard.learn.sandbox;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A sliding-window limit per learner: at most {@code max} commands in any {@code windowMillis} of wall-clock
 * time. Kept in memory (a limit, not a record); the map forgets the least recently seen learners beyond 10,000.
 */
public final class RateLimit {
    private final int max;
    private final long windowMillis;
    private final Clock clock;
    private final Map<Long, Deque<Long>> recent = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Deque<Long>> eldest) {
            return size() > 10_000;
        }
    };

    public RateLimit(int max, long windowMillis, Clock clock) {
        this.max = max;
        this.windowMillis = windowMillis;
        this.clock = clock;
    }

    /** Counts one command for the learner, or throws {@link SandboxError} (RATE_LIMITED) without counting it. */
    public synchronized void acquire(long learnerId) {
        long now = clock.millis();
        Deque<Long> times = recent.computeIfAbsent(learnerId, k -> new ArrayDeque<>());
        while (!times.isEmpty() && times.peekFirst() <= now - windowMillis) times.removeFirst();
        if (times.size() >= max) {
            long wait = times.peekFirst() + windowMillis - now;
            throw new SandboxError(SandboxError.Reason.RATE_LIMITED, Math.max(1, (wait + 999) / 1000));
        }
        times.addLast(now);
    }

    public int max() { return max; }

    public long windowSeconds() { return windowMillis / 1000; }
}
