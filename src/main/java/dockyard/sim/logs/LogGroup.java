package dockyard.sim.logs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A log group and its streams. Times are epoch milliseconds, as the CloudWatch Logs API uses them. */
final class LogGroup {
    /** One event: its timestamp, message and ingestion time (epoch ms). */
    record Event(long timestamp, String message, long ingestionTime, long seq) {
    }

    /** A stream of events in time order. */
    static final class Stream {
        final String name;
        final long creationTime;
        final List<Event> events = new ArrayList<>();
        long storedBytes;

        Stream(String name, long creationTime) {
            this.name = name;
            this.creationTime = creationTime;
        }
    }

    final String name;
    final String region;
    final long creationTime;
    Integer retentionInDays;
    final Map<String, Stream> streams = new LinkedHashMap<>();

    LogGroup(String name, String region, long creationTime) {
        this.name = name;
        this.region = region;
        this.creationTime = creationTime;
    }

    String arn(String account) {
        return "arn:aws:logs:" + region + ":" + account + ":log-group:" + name;
    }

    long storedBytes() {
        long s = 0;
        for (Stream st : streams.values()) s += st.storedBytes;
        return s;
    }
}
