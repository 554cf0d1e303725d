package dockyard.sim.s3;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.sim.AwsException;
import dockyard.sim.Caller;
import dockyard.sim.Json;
import dockyard.sim.Kernel;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/** S3 API operations (Amazon S3 API reference; shapes as the AWS CLI's JSON output shows them). */
final class S3Operations {
    private S3Operations() {
    }

    private static String required(JsonNode in, String member) {
        String v = Json.text(in, member, null);
        if (v == null || v.isEmpty()) {
            throw AwsException.client("ParamValidation", "Missing required parameter in input: \"" + member + "\"");
        }
        return v;
    }

    private static double time(long simMillis) {
        return Json.epochSeconds(Kernel.EPOCH.plusMillis(simMillis));
    }

    static ObjectNode invoke(S3 s3, String op, ObjectNode in, Caller caller) {
        ObjectNode out = Json.object();
        switch (op) {
            case "CreateBucket" -> createBucket(s3, in, caller, out);
            case "ListBuckets" -> {
                s3.authorize(caller, "s3:ListAllMyBuckets", "*");
                ArrayNode list = out.putArray("Buckets");
                s3.buckets.values().stream().sorted(java.util.Comparator.comparing(b -> b.name)).forEach(b ->
                        list.addObject().put("Name", b.name).put("CreationDate", time(b.created)).put("BucketRegion", b.region));
                out.putObject("Owner").put("ID", "d0c6f0ab1b7c2e0c4fd2e1b9b1a0f6d0c6f0ab1b7c2e0c4fd2e1b9b1a0f6d0c6");
            }
            case "DeleteBucket" -> {
                Bucket b = s3.bucket(required(in, "Bucket"));
                s3.authorize(caller, "s3:DeleteBucket", "arn:aws:s3:::" + b.name);
                if (!b.objects.isEmpty()) throw new AwsException("BucketNotEmpty", "The bucket you tried to delete is not empty", 409);
                s3.buckets.remove(b.name);
            }
            case "HeadBucket" -> {
                Bucket b = s3.buckets.get(required(in, "Bucket"));
                if (b == null) throw new AwsException("404", "Not Found", 404);
                s3.authorize(caller, "s3:ListBucket", "arn:aws:s3:::" + b.name);
                out.put("BucketRegion", b.region);
            }
            case "GetBucketLocation" -> {
                Bucket b = s3.bucket(required(in, "Bucket"));
                s3.authorize(caller, "s3:GetBucketLocation", "arn:aws:s3:::" + b.name);
                if (b.region.equals("us-east-1")) out.putNull("LocationConstraint");
                else out.put("LocationConstraint", b.region);
            }
            case "PutObject" -> putObject(s3, in, caller, out);
            case "GetObject", "HeadObject" -> getObject(s3, in, caller, out, op.equals("GetObject"));
            case "ListObjectsV2" -> list(s3, in, caller, out);
            case "DeleteObject" -> {
                Bucket b = s3.bucket(required(in, "Bucket"));
                String key = required(in, "Key");
                s3.authorize(caller, "s3:DeleteObject", "arn:aws:s3:::" + b.name + "/" + key);
                b.objects.remove(key);
            }
            case "DeleteObjects" -> {
                Bucket b = s3.bucket(required(in, "Bucket"));
                ArrayNode deleted = out.putArray("Deleted");
                for (JsonNode o : in.path("Delete").path("Objects")) {
                    String key = o.path("Key").asText();
                    s3.authorize(caller, "s3:DeleteObject", "arn:aws:s3:::" + b.name + "/" + key);
                    b.objects.remove(key);
                    deleted.addObject().put("Key", key);
                }
            }
            case "CopyObject" -> {
                String source = required(in, "CopySource").replaceFirst("^/", "");
                int slash = source.indexOf('/');
                if (slash < 0) throw AwsException.client("InvalidArgument", "Invalid copy source object key");
                Bucket from = s3.bucket(source.substring(0, slash));
                String fromKey = source.substring(slash + 1);
                s3.authorize(caller, "s3:GetObject", "arn:aws:s3:::" + from.name + "/" + fromKey);
                Bucket.S3Object o = from.objects.get(fromKey);
                if (o == null) throw new AwsException("NoSuchKey", "The specified key does not exist.", 404);
                Bucket to = s3.bucket(required(in, "Bucket"));
                String key = required(in, "Key");
                s3.authorize(caller, "s3:PutObject", "arn:aws:s3:::" + to.name + "/" + key);
                Bucket.S3Object copy = new Bucket.S3Object(key, o.text(), o.size(), o.etag(), o.contentType(), s3.now(), o.metadata());
                store(s3, to, copy, "CopyObject");
                out.putObject("CopyObjectResult").put("ETag", copy.etag()).put("LastModified", time(copy.lastModified()));
                out.put("ServerSideEncryption", "AES256");
            }
            case "PutBucketNotificationConfiguration" -> {
                Bucket b = s3.bucket(required(in, "Bucket"));
                s3.authorize(caller, "s3:PutBucketNotification", "arn:aws:s3:::" + b.name);
                b.eventBridge = in.path("NotificationConfiguration").has("EventBridgeConfiguration");
            }
            case "GetBucketNotificationConfiguration" -> {
                Bucket b = s3.bucket(required(in, "Bucket"));
                s3.authorize(caller, "s3:GetBucketNotification", "arn:aws:s3:::" + b.name);
                if (b.eventBridge) out.putObject("EventBridgeConfiguration");
            }
            default -> throw new AwsException("UnknownOperationException", "Unknown operation " + op, 400);
        }
        return out;
    }

    private static void createBucket(S3 s3, ObjectNode in, Caller caller, ObjectNode out) {
        String name = required(in, "Bucket");
        S3.validateName(name);
        s3.authorize(caller, "s3:CreateBucket", "arn:aws:s3:::" + name);
        String region = caller.region();
        String constraint = in.path("CreateBucketConfiguration").path("LocationConstraint").asText("");
        if (region.equals("us-east-1") && constraint.equals("us-east-1")) {
            throw AwsException.client("InvalidLocationConstraint", "The specified location-constraint is not valid");
        }
        boolean compatible = region.equals("us-east-1") ? constraint.isEmpty() : constraint.equals(region);
        if (!compatible) {
            throw AwsException.client("IllegalLocationConstraintException", (constraint.isEmpty() ? "The unspecified" : "The " + constraint)
                    + " location constraint is incompatible for the region specific endpoint this request was sent to.");
        }
        Bucket existing = s3.buckets.get(name);
        if (existing != null) {
            // us-east-1 answers 200 to the owner creating it again (S3 API CreateBucket, "BucketAlreadyOwnedByYou").
            if (!(region.equals("us-east-1") && existing.region.equals("us-east-1"))) {
                throw new AwsException("BucketAlreadyOwnedByYou", "Your previous request to create the named bucket succeeded and you already own it.", 409);
            }
        } else if (S3.TAKEN.contains(name)) {
            throw new AwsException("BucketAlreadyExists", "The requested bucket name is not available. The bucket namespace is shared by "
                    + "all users of the system. Please select a different name and try again.", 409);
        } else {
            s3.buckets.put(name, new Bucket(name, region, s3.now()));
        }
        out.put("Location", region.equals("us-east-1") ? "/" + name : "http://" + name + ".s3.amazonaws.com/");
    }

    private static void putObject(S3 s3, ObjectNode in, Caller caller, ObjectNode out) {
        Bucket b = s3.bucket(required(in, "Bucket"));
        String key = required(in, "Key");
        if (key.getBytes(StandardCharsets.UTF_8).length > 1024) throw AwsException.client("KeyTooLongError", "Your key is too long");
        s3.authorize(caller, "s3:PutObject", "arn:aws:s3:::" + b.name + "/" + key);
        String text = in.has("Body") ? in.get("Body").asText() : null;
        long size = text != null ? text.getBytes(StandardCharsets.UTF_8).length : in.path("ContentLength").asLong(0);
        if (text == null && !in.has("ContentLength")) text = "";
        Map<String, String> meta = new LinkedHashMap<>();
        in.path("Metadata").fields().forEachRemaining(e -> meta.put(e.getKey().toLowerCase(), e.getValue().asText()));
        Bucket.S3Object o = new Bucket.S3Object(key, text, size, S3.etag(text, size),
                Json.text(in, "ContentType", "binary/octet-stream"), s3.now(), meta);
        store(s3, b, o, "PutObject");
        out.put("ETag", o.etag());
        out.put("ServerSideEncryption", "AES256");
    }

    private static void store(S3 s3, Bucket b, Bucket.S3Object o, String reason) {
        b.objects.put(o.key(), o);
        if (b.eventBridge) s3.world.kernel().publish(new ObjectCreated(s3.now(), b.region, b.name, o.key(), o.size(), o.etag(), reason));
    }

    private static void getObject(S3 s3, ObjectNode in, Caller caller, ObjectNode out, boolean body) {
        Bucket b = s3.bucket(required(in, "Bucket"));
        String key = required(in, "Key");
        s3.authorize(caller, "s3:GetObject", "arn:aws:s3:::" + b.name + "/" + key);
        Bucket.S3Object o = b.objects.get(key);
        if (o == null) {
            // Without s3:ListBucket, S3 answers 403 rather than revealing that the key does not exist.
            if (!s3.allowed(caller, "s3:ListBucket", "arn:aws:s3:::" + b.name)) s3.authorize(caller, "s3:ListBucket", "arn:aws:s3:::" + b.name);
            if (!body) throw new AwsException("404", "Not Found", 404);
            throw new AwsException("NoSuchKey", "The specified key does not exist.", 404);
        }
        out.put("AcceptRanges", "bytes");
        out.put("LastModified", time(o.lastModified()));
        out.put("ContentLength", o.size());
        out.put("ETag", o.etag());
        out.put("ContentType", o.contentType());
        out.put("ServerSideEncryption", "AES256");
        ObjectNode meta = out.putObject("Metadata");
        o.metadata().forEach(meta::put);
        if (body) out.put("Body", o.text() == null ? "" : o.text());
    }

    private static void list(S3 s3, ObjectNode in, Caller caller, ObjectNode out) {
        Bucket b = s3.bucket(required(in, "Bucket"));
        s3.authorize(caller, "s3:ListBucket", "arn:aws:s3:::" + b.name);
        String prefix = Json.text(in, "Prefix", "");
        String delimiter = Json.text(in, "Delimiter", null);
        int max = Math.max(0, Math.min(1000, in.path("MaxKeys").asInt(1000)));
        String after = Json.text(in, "ContinuationToken", Json.text(in, "StartAfter", ""));
        ArrayNode contents = Json.array();
        TreeSet<String> prefixes = new TreeSet<>();
        int count = 0;
        String last = null;
        boolean truncated = false;
        for (Bucket.S3Object o : b.objects.tailMap(after, false).values()) {
            if (!o.key().startsWith(prefix)) continue;
            if (count >= max) {
                truncated = true;
                break;
            }
            String rest = o.key().substring(prefix.length());
            int d = delimiter == null ? -1 : rest.indexOf(delimiter);
            if (d >= 0) {
                if (prefixes.add(prefix + rest.substring(0, d + delimiter.length()))) count++;
            } else {
                contents.addObject().put("Key", o.key()).put("LastModified", time(o.lastModified())).put("ETag", o.etag())
                        .put("Size", o.size()).put("StorageClass", "STANDARD");
                count++;
            }
            last = o.key();
        }
        out.put("IsTruncated", truncated);
        if (!contents.isEmpty()) out.set("Contents", contents);
        out.put("Name", b.name);
        out.put("Prefix", prefix);
        if (delimiter != null) out.put("Delimiter", delimiter);
        out.put("MaxKeys", max);
        if (!prefixes.isEmpty()) {
            ArrayNode cp = out.putArray("CommonPrefixes");
            prefixes.forEach(p -> cp.addObject().put("Prefix", p));
        }
        out.put("KeyCount", count);
        if (truncated && last != null) out.put("NextContinuationToken", last);
    }
}
