package dockyard.sim.ssm;

import dockyard.sim.AwsException;
import dockyard.sim.Caller;
import dockyard.sim.SimFixture;
import dockyard.sim.ec2.Amis;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SsmTest {
    private final SimFixture sim = new SimFixture();

    @Test
    void thePublicEcsOptimizedParametersNameTheRegionsEcsAmi() {
        String id = sim.call("ssm", "GetParameter", "{'Name':'/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id'}")
                .get("Parameter").get("Value").asText();
        assertThat(Amis.byId("ap-northeast-2", id).orElseThrow().ecsOptimized()).isTrue();
        var json = sim.call("ssm", "GetParameter", "{'Name':'/aws/service/ecs/optimized-ami/amazon-linux-2/recommended'}")
                .get("Parameter").get("Value").asText();
        assertThat(json).contains("\"image_id\":\"ami-", "\"os\":\"Amazon Linux 2\"", "\"schema_version\":1");
        String usEast = sim.callAs(Caller.admin("us-east-1"), "ssm", "GetParameter",
                "{'Name':'/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id'}").get("Parameter").get("Value").asText();
        assertThat(usEast).isNotEqualTo(id);
        var byPath = sim.call("ssm", "GetParametersByPath", "{'Path':'/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended'}");
        assertThat(byPath.get("Parameters")).hasSize(2);
    }

    @Test
    void getParametersListsUnknownNamesAsInvalidParameters() {
        var out = sim.call("ssm", "GetParameters", "{'Names':['/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64','/nope']}");
        assertThat(out.get("Parameters")).hasSize(1);
        assertThat(out.get("InvalidParameters").get(0).asText()).isEqualTo("/nope");
        sim.fails("ssm", "GetParameter", "{'Name':'/nope'}", "ParameterNotFound", "");
    }

    @Test
    void aSecureStringIsCiphertextUnlessDecrypted() {
        sim.call("ssm", "PutParameter", "{'Name':'/app/db/password','Value':'s3cret','Type':'SecureString'}");
        String enc = sim.call("ssm", "GetParameter", "{'Name':'/app/db/password'}").get("Parameter").get("Value").asText();
        assertThat(enc).isNotEqualTo("s3cret").startsWith("AQIC");
        var dec = sim.call("ssm", "GetParameter", "{'Name':'/app/db/password','WithDecryption':true}").get("Parameter");
        assertThat(dec.get("Value").asText()).isEqualTo("s3cret");
        assertThat(dec.get("ARN").asText()).isEqualTo("arn:aws:ssm:ap-northeast-2:123456789012:parameter/app/db/password");
    }

    @Test
    void putParameterAgainNeedsOverwriteAndThenCountsVersions() {
        assertThat(sim.call("ssm", "PutParameter", "{'Name':'color','Value':'blue','Type':'String'}").get("Version").asLong()).isEqualTo(1);
        sim.fails("ssm", "PutParameter", "{'Name':'color','Value':'red','Type':'String'}", "ParameterAlreadyExists",
                "The parameter already exists. To overwrite this value, set the overwrite option in the request to true.");
        assertThat(sim.call("ssm", "PutParameter", "{'Name':'color','Value':'red','Overwrite':true}").get("Version").asLong()).isEqualTo(2);
        sim.fails("ssm", "PutParameter", "{'Name':'/aws/mine','Value':'x','Type':'String'}", "ValidationException", "No access to reserved parameter name");
        sim.fails("ssm", "PutParameter", "{'Name':'fresh','Value':'x'}", "ValidationException", "A parameter type is required");
        var described = sim.call("ssm", "DescribeParameters", "{'ParameterFilters':[{'Key':'Name','Values':['color']}]}");
        assertThat(described.get("Parameters").get(0).get("Version").asLong()).isEqualTo(2);
    }

    @Test
    void anExecutionRoleNeedsSsmGetParametersToReadASecret() {
        sim.call("ssm", "PutParameter", "{'Name':'/app/key','Value':'k','Type':'SecureString'}");
        String arn = sim.taskRole("exec", "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy");
        Ssm ssm = sim.world.service(Ssm.class);
        Caller exec = Caller.role(arn, "ap-northeast-2");
        assertThatThrownBy(() -> ssm.getParameter(exec, "/app/key", true)).isInstanceOf(AwsException.class)
                .hasMessageContaining("is not authorized to perform: ssm:GetParameters on resource: arn:aws:ssm:ap-northeast-2:123456789012:parameter/app/key");
        sim.call("iam", "PutRolePolicy", "{'RoleName':'exec','PolicyName':'secrets','PolicyDocument':{'Statement':[{'Effect':'Allow',"
                + "'Action':'ssm:GetParameters','Resource':'arn:aws:ssm:*:*:parameter/app/*'}]}}");
        assertThat(ssm.getParameter(exec, "arn:aws:ssm:ap-northeast-2:123456789012:parameter/app/key", true).value()).isEqualTo("k");
    }
}
