package dockyard.sim;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * What happened, in order, for people to read: task state changes, agent registrations, image pulls,
 * placement failures. Services {@link #record} entries; the newest {@value #CAPACITY} are kept.
 */
public final class Timeline {
    public static final int CAPACITY = 1000;

    /**
     * One line of the timeline.
     *
     * @param at       simulated milliseconds since {@link Kernel#EPOCH}
     * @param service  the AWS service or local tool it comes from: {@code ecs}, {@code ec2}, {@code docker}, ...
     * @param kind     a stable machine-readable kind, e.g. {@code TaskStateChange}, {@code ImagePull}, {@code PlacementFailure}
     * @param resource the resource's ARN or id
     * @param message  an English sentence in AWS's words where AWS has them
     */
    public record Entry(long at, String service, String kind, String resource, String message) {
    }

    private final Kernel kernel;
    private final Deque<Entry> entries = new ArrayDeque<>();
    private long total;

    public Timeline(Kernel kernel) {
        this.kernel = kernel;
    }

    public void record(String service, String kind, String resource, String message) {
        Entry e = new Entry(kernel.now(), service, kind, resource, message);
        entries.addLast(e);
        if (entries.size() > CAPACITY) entries.removeFirst();
        total++;
        kernel.publish(e);
    }

    /** All kept entries, oldest first. */
    public List<Entry> entries() {
        return new ArrayList<>(entries);
    }

    /** How many entries were ever recorded (a cursor for "what is new since"). */
    public long total() {
        return total;
    }
}
