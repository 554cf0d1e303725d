package dockyard.sim.s3;

import java.util.Map;
import java.util.TreeMap;

/** A bucket and its objects (sorted by key, as S3 lists them). Times: simulated ms since the kernel epoch. */
final class Bucket {
    /** An object: text content (null for binary uploads), size in bytes, ETag (quoted MD5), type and metadata. */
    record S3Object(String key, String text, long size, String etag, String contentType, long lastModified,
                    Map<String, String> metadata) {
    }

    final String name;
    final String region;
    final long created;
    boolean eventBridge;
    final TreeMap<String, S3Object> objects = new TreeMap<>();

    Bucket(String name, String region, long created) {
        this.name = name;
        this.region = region;
        this.created = created;
    }
}
