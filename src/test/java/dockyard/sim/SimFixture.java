package dockyard.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A world and the learner's admin caller, with JSON-in/JSON-out calls the way the shell makes them. */
public class SimFixture {
    public final World world;
    public final Caller admin = Caller.admin(Caller.DEFAULT_REGION);

    public SimFixture(long seed) {
        this.world = new World(seed);
    }

    public SimFixture() {
        this(42);
    }

    public static ObjectNode json(String text) {
        try {
            return (ObjectNode) Json.MAPPER.readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    public ObjectNode call(String service, String operation, String input) {
        return world.invoke(service, operation, json(input), admin);
    }

    public ObjectNode callAs(Caller caller, String service, String operation, String input) {
        return world.invoke(service, operation, json(input), caller);
    }

    /** Asserts the call fails with AWS's {@code code} and a message containing {@code message}. */
    public void fails(String service, String operation, String input, String code, String message) {
        assertThatThrownBy(() -> call(service, operation, input))
                .isInstanceOf(AwsException.class)
                .hasMessageContaining(message)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((AwsException) e).code()).isEqualTo(code));
    }

    public void advanceSeconds(long s) {
        world.kernel().advance(s * 1000);
    }

    public static final String EC2_TRUST = "{'RoleName':'%s','AssumeRolePolicyDocument':{'Version':'2012-10-17','Statement':"
            + "[{'Effect':'Allow','Principal':{'Service':'ec2.amazonaws.com'},'Action':'sts:AssumeRole'}]}}";
    public static final String TASKS_TRUST = "{'RoleName':'%s','AssumeRolePolicyDocument':{'Version':'2012-10-17','Statement':"
            + "[{'Effect':'Allow','Principal':{'Service':'ecs-tasks.amazonaws.com'},'Action':'sts:AssumeRole'}]}}";

    /** Creates a role trusted by {@code ecs-tasks} with one managed policy; returns its ARN. */
    public String taskRole(String name, String policyArn) {
        String arn = call("iam", "CreateRole", TASKS_TRUST.formatted(name)).get("Role").get("Arn").asText();
        if (policyArn != null) call("iam", "AttachRolePolicy", "{'RoleName':'" + name + "','PolicyArn':'" + policyArn + "'}");
        return arn;
    }

    /** Creates ecsInstanceRole + an instance profile of the same name holding it. */
    public void ecsInstanceProfile(String name) {
        call("iam", "CreateRole", EC2_TRUST.formatted(name));
        call("iam", "AttachRolePolicy", "{'RoleName':'" + name
                + "','PolicyArn':'arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role'}");
        call("iam", "CreateInstanceProfile", "{'InstanceProfileName':'" + name + "'}");
        call("iam", "AddRoleToInstanceProfile", "{'InstanceProfileName':'" + name + "','RoleName':'" + name + "'}");
    }
}
