package dockyard.learn.sandbox;

import dockyard.sim.Timeline;

import java.time.Instant;
import java.util.List;

/**
 * What the page shows beside the console, read after a command: the simulated clock, the cluster, the newest
 * timeline entries (newest first) and the learner's files.
 *
 * @param simMillis simulated milliseconds since the sandbox started
 */
public record Scene(Instant clock, long simMillis, ClusterSnapshot cluster, List<Timeline.Entry> timeline, List<File> files) {
    /** A file under the learner's home; {@code text} is null for a binary file. Path relative to the home. */
    public record File(String path, long size, String text) {
    }
}
