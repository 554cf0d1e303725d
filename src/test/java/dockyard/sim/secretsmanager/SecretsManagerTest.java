package dockyard.sim.secretsmanager;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.sim.AwsException;
import dockyard.sim.Caller;
import dockyard.sim.World;
import org.junit.jupiter.api.Test;

import static dockyard.sim.SimCalls.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretsManagerTest {
    private final World world = new World(11);
    private final SecretsManager sm = world.service(SecretsManager.class);

    @Test
    void aSecretsArnEndsWithSixRandomCharacters() {
        ObjectNode out = call(world, "secretsmanager", "CreateSecret", "{\"Name\":\"prod/db\",\"SecretString\":\"{\\\"password\\\":\\\"pw\\\"}\"}");
        assertThat(out.get("ARN").asText()).matches("arn:aws:secretsmanager:ap-northeast-2:123456789012:secret:prod/db-[A-Za-z0-9]{6}");
        assertThat(sm.getSecretValue(Caller.admin("ap-northeast-2"), "prod/db")).isEqualTo("{\"password\":\"pw\"}");
        assertThat(sm.getSecretValue(Caller.admin("ap-northeast-2"), out.get("ARN").asText() + ":password::")).isEqualTo("pw");
    }

    @Test
    void puttingAValueMakesItCurrentAndTheOldOnePrevious() {
        call(world, "secretsmanager", "CreateSecret", "{\"Name\":\"k\",\"SecretString\":\"v1\"}");
        call(world, "secretsmanager", "PutSecretValue", "{\"SecretId\":\"k\",\"SecretString\":\"v2\"}");
        assertThat(call(world, "secretsmanager", "GetSecretValue", "{\"SecretId\":\"k\"}").get("SecretString").asText()).isEqualTo("v2");
        assertThat(call(world, "secretsmanager", "GetSecretValue", "{\"SecretId\":\"k\",\"VersionStage\":\"AWSPREVIOUS\"}").get("SecretString").asText()).isEqualTo("v1");
    }

    @Test
    void aMissingSecretCannotBeFound() {
        assertThatThrownBy(() -> call(world, "secretsmanager", "GetSecretValue", "{\"SecretId\":\"nope\"}"))
                .isInstanceOfSatisfying(AwsException.class, e -> assertThat(e.code()).isEqualTo("ResourceNotFoundException"))
                .hasMessage("Secrets Manager can't find the specified secret.");
    }

    @Test
    void aRoleWithoutGetSecretValueIsDenied() {
        call(world, "secretsmanager", "CreateSecret", "{\"Name\":\"k\",\"SecretString\":\"v1\"}");
        Caller role = Caller.role("arn:aws:iam::123456789012:role/none", "ap-northeast-2");
        assertThatThrownBy(() -> sm.getSecretValue(role, "k"))
                .isInstanceOfSatisfying(AwsException.class, e -> assertThat(e.code()).isEqualTo("AccessDeniedException"))
                .hasMessageContaining("is not authorized to perform: secretsmanager:GetSecretValue");
    }

    @Test
    void aDeletedSecretIsMarkedForDeletionForItsRecoveryWindow() {
        call(world, "secretsmanager", "CreateSecret", "{\"Name\":\"k\",\"SecretString\":\"v1\"}");
        call(world, "secretsmanager", "DeleteSecret", "{\"SecretId\":\"k\",\"RecoveryWindowInDays\":7}");
        assertThatThrownBy(() -> call(world, "secretsmanager", "GetSecretValue", "{\"SecretId\":\"k\"}"))
                .hasMessage("You can't perform this operation on the secret because it was marked for deletion.");
        world.kernel().advance(7 * 86_400_000L);
        assertThatThrownBy(() -> call(world, "secretsmanager", "DescribeSecret", "{\"SecretId\":\"k\"}"))
                .hasMessage("Secrets Manager can't find the specified secret.");
    }
}
