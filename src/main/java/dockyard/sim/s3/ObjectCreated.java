package dockyard.sim.s3;

/**
 * Published on the kernel when an object is created in a bucket whose EventBridge notifications are on
 * (PutBucketNotificationConfiguration with {@code EventBridgeConfiguration}): the "Object Created" event.
 *
 * @param at   simulated ms since the kernel epoch
 * @param size   bytes
 * @param reason the API call that created it, as the event's {@code detail.reason}: {@code PutObject} or {@code CopyObject}
 */
public record ObjectCreated(long at, String region, String bucket, String key, long size, String etag, String reason) {
}
