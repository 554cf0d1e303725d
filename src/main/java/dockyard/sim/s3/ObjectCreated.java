package dockyard.sim.s3;

/**
 * Published on the kernel when an object is created in a bucket whose EventBridge notifications are on
 * (PutBucketNotificationConfiguration with {@code EventBridgeConfiguration}): the "Object Created" event.
 *
 * @param at   simulated ms since the kernel epoch
 * @param size bytes
 */
public record ObjectCreated(long at, String region, String bucket, String key, long size, String etag) {
}
