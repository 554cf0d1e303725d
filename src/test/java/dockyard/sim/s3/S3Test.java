package dockyard.sim.s3;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.sim.AwsException;
import dockyard.sim.Caller;
import dockyard.sim.World;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dockyard.sim.SimCalls.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class S3Test {
    private final World world = new World(17);

    private void bucket(String name) {
        call(world, "s3", "CreateBucket", "{\"Bucket\":\"" + name + "\",\"CreateBucketConfiguration\":{\"LocationConstraint\":\"ap-northeast-2\"}}");
    }

    @Test
    void aBucketOutsideUsEast1NeedsItsLocationConstraint() {
        assertThatThrownBy(() -> call(world, "s3", "CreateBucket", "{\"Bucket\":\"learner-bucket-1\"}"))
                .isInstanceOfSatisfying(AwsException.class, e -> assertThat(e.code()).isEqualTo("IllegalLocationConstraintException"))
                .hasMessage("The unspecified location constraint is incompatible for the region specific endpoint this request was sent to.");
    }

    @Test
    void creatingYourOwnBucketAgainIsBucketAlreadyOwnedByYou() {
        bucket("learner-bucket-1");
        assertThatThrownBy(() -> bucket("learner-bucket-1"))
                .isInstanceOfSatisfying(AwsException.class, e -> assertThat(e.code()).isEqualTo("BucketAlreadyOwnedByYou"));
    }

    @Test
    void bucketNamesFollowTheNamingRules() {
        for (String bad : List.of("ab", "Upper-case", "bad..name", "192.168.1.1", "-start", "xn--punycode")) {
            assertThatThrownBy(() -> bucket(bad)).hasMessage("The specified bucket is not valid.");
        }
    }

    @Test
    void aNameAnotherAccountOwnsIsNotAvailable() {
        assertThatThrownBy(() -> bucket("test"))
                .isInstanceOfSatisfying(AwsException.class, e -> assertThat(e.code()).isEqualTo("BucketAlreadyExists"));
    }

    @Test
    void anObjectComesBackWithItsEtagAndLength() {
        bucket("learner-bucket-1");
        ObjectNode put = call(world, "s3", "PutObject", "{\"Bucket\":\"learner-bucket-1\",\"Key\":\"in/hello.txt\",\"Body\":\"hello\\n\"}");
        assertThat(put.get("ETag").asText()).isEqualTo("\"b1946ac92492d2347c6235b4d2611184\"");
        ObjectNode get = call(world, "s3", "GetObject", "{\"Bucket\":\"learner-bucket-1\",\"Key\":\"in/hello.txt\"}");
        assertThat(get.get("ContentLength").asLong()).isEqualTo(6);
        assertThat(get.get("Body").asText()).isEqualTo("hello\n");
        ObjectNode list = call(world, "s3", "ListObjectsV2", "{\"Bucket\":\"learner-bucket-1\",\"Delimiter\":\"/\"}");
        assertThat(list.get("CommonPrefixes").get(0).get("Prefix").asText()).isEqualTo("in/");
        assertThat(list.has("Contents")).isFalse();
    }

    @Test
    void aMissingKeyIsNoSuchKeyAndAMissingBucketNoSuchBucket() {
        bucket("learner-bucket-1");
        assertThatThrownBy(() -> call(world, "s3", "GetObject", "{\"Bucket\":\"learner-bucket-1\",\"Key\":\"nope\"}"))
                .hasMessage("The specified key does not exist.");
        assertThatThrownBy(() -> call(world, "s3", "ListObjectsV2", "{\"Bucket\":\"learner-bucket-2\"}"))
                .hasMessage("The specified bucket does not exist");
    }

    @Test
    void aBucketWithObjectsCannotBeDeleted() {
        bucket("learner-bucket-1");
        call(world, "s3", "PutObject", "{\"Bucket\":\"learner-bucket-1\",\"Key\":\"k\",\"Body\":\"x\"}");
        assertThatThrownBy(() -> call(world, "s3", "DeleteBucket", "{\"Bucket\":\"learner-bucket-1\"}"))
                .isInstanceOfSatisfying(AwsException.class, e -> assertThat(e.code()).isEqualTo("BucketNotEmpty"));
    }

    @Test
    void aRoleWithoutPermissionGetsAccessDenied() {
        bucket("learner-bucket-1");
        Caller role = Caller.role("arn:aws:iam::123456789012:role/none", "ap-northeast-2");
        assertThatThrownBy(() -> call(world, "s3", "PutObject", "{\"Bucket\":\"learner-bucket-1\",\"Key\":\"k\",\"Body\":\"x\"}", role))
                .isInstanceOfSatisfying(AwsException.class, e -> assertThat(e.code()).isEqualTo("AccessDenied"))
                .hasMessageContaining("is not authorized to perform: s3:PutObject on resource: arn:aws:s3:::learner-bucket-1/k");
    }

    @Test
    void objectsInABucketWithEventBridgeOnAreAnnounced() {
        bucket("learner-bucket-1");
        List<ObjectCreated> seen = new ArrayList<>();
        world.kernel().subscribe(ObjectCreated.class, seen::add);
        call(world, "s3", "PutObject", "{\"Bucket\":\"learner-bucket-1\",\"Key\":\"a\",\"Body\":\"x\"}");
        call(world, "s3", "PutBucketNotificationConfiguration", "{\"Bucket\":\"learner-bucket-1\",\"NotificationConfiguration\":{\"EventBridgeConfiguration\":{}}}");
        call(world, "s3", "PutObject", "{\"Bucket\":\"learner-bucket-1\",\"Key\":\"b\",\"Body\":\"x\"}");
        assertThat(seen).extracting(ObjectCreated::key).containsExactly("b");
        assertThat(call(world, "s3", "GetBucketNotificationConfiguration", "{\"Bucket\":\"learner-bucket-1\"}").has("EventBridgeConfiguration")).isTrue();
    }
}
