package dockyard.sim.s3;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.sim.AwsException;
import dockyard.sim.AwsService;
import dockyard.sim.Caller;
import dockyard.sim.World;
import dockyard.sim.iam.Iam;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Amazon S3: buckets (one global namespace, each in a region) and objects with the metadata S3 returns (ETag = MD5 of
 * the content in quotes, ContentLength, LastModified). The shell builds {@code aws s3 mb|cp|ls|rm} on these
 * operations. Members are PascalCase as the AWS CLI shows them; timestamps are epoch seconds.
 */
public final class S3 implements AwsService {
    static final Set<String> OPERATIONS = Set.of("CreateBucket", "ListBuckets", "DeleteBucket", "HeadBucket", "GetBucketLocation",
            "PutObject", "GetObject", "HeadObject", "ListObjectsV2", "DeleteObject", "DeleteObjects", "CopyObject",
            "PutBucketNotificationConfiguration", "GetBucketNotificationConfiguration");
    /** Names other AWS accounts already own in the global namespace (a few everyone tries first). */
    static final Set<String> TAKEN = Set.of("test", "bucket", "my-bucket", "mybucket", "example", "images", "backup", "data",
            "logs", "aws", "amazon", "s3", "demo", "my-test-bucket", "test-bucket");
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final Pattern IP = Pattern.compile("\\d+\\.\\d+\\.\\d+\\.\\d+");
    final World world;
    final Map<String, Bucket> buckets = new LinkedHashMap<>();

    public S3(World world) {
        this.world = world;
    }

    @Override public String name() { return "s3"; }

    @Override public Set<String> operations() { return OPERATIONS; }

    @Override
    public ObjectNode invoke(String operation, ObjectNode in, Caller caller) {
        return S3Operations.invoke(this, operation, in, caller);
    }

    long now() { return world.kernel().now(); }

    void authorize(Caller caller, String action, String arn) {
        if (!caller.unrestricted()) world.service(Iam.class).require(caller, action, arn, "AccessDenied");
    }

    boolean allowed(Caller caller, String action, String arn) {
        return caller.unrestricted() || world.service(Iam.class).allowed(caller, action, arn);
    }

    static void validateName(String name) {
        if (!NAME.matcher(name).matches() || name.contains("..") || IP.matcher(name).matches() || name.startsWith("xn--")
                || name.endsWith("-s3alias") || name.endsWith("--ol-s3")) {
            throw AwsException.client("InvalidBucketName", "The specified bucket is not valid.");
        }
    }

    Bucket bucket(String name) {
        Bucket b = buckets.get(name);
        if (b == null) throw new AwsException("NoSuchBucket", "The specified bucket does not exist", 404);
        return b;
    }

    /** The region a bucket is in, if it exists (the shell sends object calls to the bucket's region). */
    public Optional<String> bucketRegion(String bucket) {
        Bucket b = buckets.get(bucket);
        return b == null ? Optional.empty() : Optional.of(b.region);
    }

    /** Whether the bucket sends its events to EventBridge. */
    public boolean eventBridgeEnabled(String bucket) {
        Bucket b = buckets.get(bucket);
        return b != null && b.eventBridge;
    }

    /** An object's text (empty for a missing object or a binary one), for services and tests. */
    public Optional<String> objectText(String bucket, String key) {
        Bucket b = buckets.get(bucket);
        Bucket.S3Object o = b == null ? null : b.objects.get(key);
        return o == null || o.text() == null ? Optional.empty() : Optional.of(o.text());
    }

    static String etag(String text, long size) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            byte[] d = md5.digest((text != null ? text : "binary:" + size).getBytes(StandardCharsets.UTF_8));
            StringBuilder b = new StringBuilder("\"");
            for (byte x : d) b.append(String.format("%02x", x));
            return b.append('"').toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has MD5", e);
        }
    }
}
