package dockyard.sim.iam;

import dockyard.sim.AwsException;
import dockyard.sim.Caller;
import dockyard.sim.SimFixture;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IamTest {
    private static final String ACCT = "arn:aws:iam::123456789012:";
    private final SimFixture sim = new SimFixture();
    private final Iam iam = sim.world.service(Iam.class);

    private Caller as(String role) {
        return Caller.role(ACCT + "role/" + role, "ap-northeast-2");
    }

    @Test
    void aCreatedRoleComesBackFromGetRoleWithItsTrustPolicyAsJson() {
        var created = sim.call("iam", "CreateRole", SimFixture.TASKS_TRUST.formatted("ecsTaskExecutionRole")).get("Role");
        assertThat(created.get("Arn").asText()).isEqualTo(ACCT + "role/ecsTaskExecutionRole");
        assertThat(created.get("RoleId").asText()).startsWith("AROA").hasSize(21);
        var got = sim.call("iam", "GetRole", "{'RoleName':'ecsTaskExecutionRole'}").get("Role");
        assertThat(got.get("AssumeRolePolicyDocument").get("Statement").get(0).get("Principal").get("Service").asText())
                .isEqualTo("ecs-tasks.amazonaws.com");
        assertThat(got.get("MaxSessionDuration").asInt()).isEqualTo(3600);
        assertThat(iam.trusts(created.get("Arn").asText(), "ecs-tasks.amazonaws.com")).isTrue();
        assertThat(iam.trusts(created.get("Arn").asText(), "ec2.amazonaws.com")).isFalse();
    }

    @Test
    void aTrustPolicyPassedAsAStringIsParsedToo() {
        sim.call("iam", "CreateRole", "{'RoleName':'r','AssumeRolePolicyDocument':'{\\'Statement\\':{\\'Effect\\':\\'Allow\\',"
                + "\\'Principal\\':{\\'Service\\':[\\'ec2.amazonaws.com\\']},\\'Action\\':\\'sts:AssumeRole\\'}}'}");
        assertThat(iam.trusts(ACCT + "role/r", "ec2.amazonaws.com")).isTrue();
    }

    @Test
    void creatingTheSameRoleTwiceIsEntityAlreadyExists() {
        sim.taskRole("app", null);
        sim.fails("iam", "CreateRole", SimFixture.TASKS_TRUST.formatted("app"), "EntityAlreadyExists",
                "Role with name app already exists.");
    }

    @Test
    void aTrustPolicyWithoutAPrincipalIsMalformed() {
        sim.fails("iam", "CreateRole", "{'RoleName':'x','AssumeRolePolicyDocument':{'Statement':[{'Effect':'Allow','Action':'sts:AssumeRole'}]}}",
                "MalformedPolicyDocument", "Missing required field Principal");
        sim.fails("iam", "CreateRole", "{'RoleName':'x','AssumeRolePolicyDocument':'not json'}",
                "MalformedPolicyDocument", "Syntax errors in policy.");
    }

    @Test
    void anUnknownManagedPolicyCannotBeAttached() {
        sim.taskRole("app", null);
        sim.fails("iam", "AttachRolePolicy", "{'RoleName':'app','PolicyArn':'arn:aws:iam::aws:policy/NoSuchPolicy'}",
                "NoSuchEntity", "Policy arn:aws:iam::aws:policy/NoSuchPolicy does not exist or is not attachable.");
    }

    @Test
    void theEc2ContainerServiceRoleAllowsRegistrationButARoleWithoutPoliciesIsImplicitlyDenied() {
        sim.ecsInstanceProfile("ecsInstanceRole");
        sim.call("iam", "CreateRole", SimFixture.EC2_TRUST.formatted("bare"));
        String cluster = "arn:aws:ecs:ap-northeast-2:123456789012:cluster/default";
        assertThat(iam.allowed(as("ecsInstanceRole"), "ecs:RegisterContainerInstance", cluster)).isTrue();
        assertThat(iam.allowed(as("ecsInstanceRole"), "ecs:SubmitTaskStateChange", cluster)).isTrue();
        assertThat(iam.allowed(as("ecsInstanceRole"), "s3:GetObject", "arn:aws:s3:::b/k")).isFalse();
        assertThat(iam.allowed(as("bare"), "ecs:RegisterContainerInstance", cluster)).isFalse();
        assertThat(iam.roleOfInstanceProfile("ecsInstanceRole")).contains(ACCT + "role/ecsInstanceRole");
        assertThat(iam.roleOfInstanceProfile(ACCT + "instance-profile/ecsInstanceRole")).contains(ACCT + "role/ecsInstanceRole");
    }

    @Test
    void anExplicitDenyWinsOverAnAllow() {
        sim.taskRole("app", "arn:aws:iam::aws:policy/AmazonS3FullAccess");
        sim.call("iam", "PutRolePolicy", "{'RoleName':'app','PolicyName':'no-secret','PolicyDocument':{'Version':'2012-10-17',"
                + "'Statement':[{'Effect':'Deny','Action':'s3:GetObject','Resource':'arn:aws:s3:::secret/*'}]}}");
        assertThat(iam.allowed(as("app"), "s3:GetObject", "arn:aws:s3:::public/a.txt")).isTrue();
        assertThat(iam.allowed(as("app"), "s3:GetObject", "arn:aws:s3:::secret/a.txt")).isFalse();
        assertThatThrownBy(() -> iam.require(as("app"), "s3:GetObject", "arn:aws:s3:::secret/a.txt"))
                .isInstanceOf(AwsException.class)
                .hasMessage("User: " + ACCT + "role/app is not authorized to perform: s3:GetObject on resource: "
                        + "arn:aws:s3:::secret/a.txt with an explicit deny in an identity-based policy");
    }

    @Test
    void requireNamesThePrincipalActionAndResourceAsAwsDoes() {
        sim.taskRole("app", "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess");
        Caller session = Caller.role("arn:aws:sts::123456789012:assumed-role/app/4f1c", "ap-northeast-2");
        assertThat(iam.allowed(session, "s3:ListBucket", "arn:aws:s3:::data")).isTrue();
        assertThatThrownBy(() -> iam.require(session, "s3:PutObject", "arn:aws:s3:::data/x"))
                .isInstanceOf(AwsException.class)
                .hasMessage("User: arn:aws:sts::123456789012:assumed-role/app/4f1c is not authorized to perform: "
                        + "s3:PutObject on resource: arn:aws:s3:::data/x because no identity-based policy allows the s3:PutObject action")
                .satisfies(e -> assertThat(((AwsException) e).code()).isEqualTo("AccessDeniedException"));
    }

    @Test
    void actionWildcardsAreCaseInsensitiveAndResourceWildcardsAreNot() {
        sim.taskRole("app", null);
        sim.call("iam", "PutRolePolicy", "{'RoleName':'app','PolicyName':'p','PolicyDocument':{'Statement':[{'Effect':'Allow',"
                + "'Action':'dynamodb:Put?tem','Resource':'arn:aws:dynamodb:*:123456789012:table/Orders*'}]}}");
        assertThat(iam.allowed(as("app"), "DynamoDB:putitem", "arn:aws:dynamodb:ap-northeast-2:123456789012:table/Orders")).isTrue();
        assertThat(iam.allowed(as("app"), "dynamodb:PutItem", "arn:aws:dynamodb:ap-northeast-2:123456789012:table/OrdersV2")).isTrue();
        assertThat(iam.allowed(as("app"), "dynamodb:PutItem", "arn:aws:dynamodb:ap-northeast-2:123456789012:table/orders")).isFalse();
        assertThat(iam.allowed(as("app"), "dynamodb:GetItem", "arn:aws:dynamodb:ap-northeast-2:123456789012:table/Orders")).isFalse();
    }

    @Test
    void theEventsRoleMayPassRolesOnlyToEcsTasks() {
        sim.call("iam", "CreateRole", "{'RoleName':'ecsEventsRole','AssumeRolePolicyDocument':{'Statement':[{'Effect':'Allow',"
                + "'Principal':{'Service':'events.amazonaws.com'},'Action':'sts:AssumeRole'}]}}");
        sim.call("iam", "AttachRolePolicy", "{'RoleName':'ecsEventsRole','PolicyArn':'arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceEventsRole'}");
        Caller events = as("ecsEventsRole");
        assertThat(iam.allowed(events, "ecs:RunTask", "*")).isTrue();
        assertThat(iam.allowed(events, "iam:PassRole", ACCT + "role/app", Map.of("iam:PassedToService", "ecs-tasks.amazonaws.com"))).isTrue();
        assertThat(iam.allowed(events, "iam:PassRole", ACCT + "role/app", Map.of("iam:PassedToService", "ec2.amazonaws.com"))).isFalse();
        assertThat(iam.allowed(events, "iam:PassRole", ACCT + "role/app")).isFalse();
    }

    @Test
    void aRoleWithPoliciesOrInAProfileCannotBeDeleted() {
        sim.ecsInstanceProfile("ecsInstanceRole");
        sim.fails("iam", "DeleteRole", "{'RoleName':'ecsInstanceRole'}", "DeleteConflict", "must detach all policies first");
        sim.call("iam", "DetachRolePolicy", "{'RoleName':'ecsInstanceRole','PolicyArn':'arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role'}");
        sim.fails("iam", "DeleteRole", "{'RoleName':'ecsInstanceRole'}", "DeleteConflict", "must remove roles from instance profile first");
        sim.call("iam", "RemoveRoleFromInstanceProfile", "{'InstanceProfileName':'ecsInstanceRole','RoleName':'ecsInstanceRole'}");
        sim.call("iam", "DeleteRole", "{'RoleName':'ecsInstanceRole'}");
        sim.fails("iam", "GetRole", "{'RoleName':'ecsInstanceRole'}", "NoSuchEntity", "The role with name ecsInstanceRole cannot be found.");
    }

    @Test
    void anInstanceProfileHoldsAtMostOneRole() {
        sim.ecsInstanceProfile("ecsInstanceRole");
        sim.call("iam", "CreateRole", SimFixture.EC2_TRUST.formatted("other"));
        sim.fails("iam", "AddRoleToInstanceProfile", "{'InstanceProfileName':'ecsInstanceRole','RoleName':'other'}",
                "LimitExceeded", "Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1");
        var profile = sim.call("iam", "GetInstanceProfile", "{'InstanceProfileName':'ecsInstanceRole'}").get("InstanceProfile");
        assertThat(profile.get("Roles").get(0).get("RoleName").asText()).isEqualTo("ecsInstanceRole");
    }

    @Test
    void listAttachedRolePoliciesNamesEachPolicy() {
        sim.taskRole("exec", "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy");
        var out = sim.call("iam", "ListAttachedRolePolicies", "{'RoleName':'exec'}");
        assertThat(out.get("AttachedPolicies").get(0).get("PolicyName").asText()).isEqualTo("AmazonECSTaskExecutionRolePolicy");
        var version = sim.call("iam", "GetPolicyVersion", "{'PolicyArn':'arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy','VersionId':'v1'}");
        assertThat(version.get("PolicyVersion").get("Document").toString()).contains("ecr:BatchGetImage", "logs:PutLogEvents");
    }

    @Test
    void aCustomerManagedPolicyCanBeCreatedAndAttached() {
        sim.taskRole("app", null);
        String arn = sim.call("iam", "CreatePolicy", "{'PolicyName':'read-orders','PolicyDocument':{'Statement':[{'Effect':'Allow',"
                + "'Action':'dynamodb:GetItem','Resource':'*'}]}}").get("Policy").get("Arn").asText();
        assertThat(arn).isEqualTo(ACCT + "policy/read-orders");
        sim.call("iam", "AttachRolePolicy", "{'RoleName':'app','PolicyArn':'" + arn + "'}");
        assertThat(iam.allowed(as("app"), "dynamodb:GetItem", "arn:aws:dynamodb:ap-northeast-2:123456789012:table/o")).isTrue();
        sim.fails("iam", "DeletePolicy", "{'PolicyArn':'" + arn + "'}", "DeleteConflict", "Cannot delete a policy attached to entities.");
    }

    @Test
    void codeRunningAsARoleNeedsIamPermissionsToCallIam() {
        sim.taskRole("app", "arn:aws:iam::aws:policy/AmazonS3FullAccess");
        assertThatThrownBy(() -> sim.callAs(as("app"), "iam", "ListRoles", "{}"))
                .isInstanceOf(AwsException.class)
                .hasMessageContaining("is not authorized to perform: iam:ListRoles")
                .satisfies(e -> assertThat(((AwsException) e).code()).isEqualTo("AccessDenied"));
    }

    @Test
    void anInvalidRoleNameIsAValidationError() {
        sim.fails("iam", "CreateRole", SimFixture.TASKS_TRUST.formatted("bad name"), "ValidationError",
                "Value 'bad name' at 'roleName' failed to satisfy constraint");
    }
}
