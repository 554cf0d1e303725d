package dockyard.sim.secretsmanager;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A secret with its versions; each version carries staging labels (AWSCURRENT, AWSPREVIOUS). Times: simulated ms. */
final class Secret {
    /** One version's value and labels. */
    static final class Version {
        final String id;
        final String value;
        final boolean binary;
        final long created;
        final List<String> stages = new ArrayList<>();

        Version(String id, String value, boolean binary, long created) {
            this.id = id;
            this.value = value;
            this.binary = binary;
            this.created = created;
        }
    }

    final String name;
    final String arn;
    final String region;
    final long created;
    String description;
    long lastChanged;
    long lastAccessed = -1;
    long deletionDate = -1;
    final Map<String, Version> versions = new LinkedHashMap<>();

    Secret(String name, String arn, String region, long created) {
        this.name = name;
        this.arn = arn;
        this.region = region;
        this.created = created;
        this.lastChanged = created;
    }

    Version withStage(String stage) {
        for (Version v : versions.values()) if (v.stages.contains(stage)) return v;
        return null;
    }

    /** Adds a version as AWSCURRENT, moving AWSPREVIOUS to the old current one. */
    void putCurrent(Version v) {
        for (Version old : versions.values()) old.stages.remove("AWSPREVIOUS");
        Version current = withStage("AWSCURRENT");
        if (current != null) {
            current.stages.remove("AWSCURRENT");
            current.stages.add("AWSPREVIOUS");
        }
        v.stages.add("AWSCURRENT");
        versions.put(v.id, v);
        versions.values().removeIf(x -> x.stages.isEmpty());
        lastChanged = v.created;
    }
}
