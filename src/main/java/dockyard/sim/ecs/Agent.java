package dockyard.sim.ecs;

import dockyard.sim.Caller;
import dockyard.sim.ec2.Ec2;
import dockyard.sim.ec2.InstanceInfo;
import dockyard.sim.ec2.InstanceState;
import dockyard.sim.ec2.InstanceStateChange;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ECS container agent on each ECS-optimized instance (DG ecs-agent-install, bootstrap_container_instance).
 * 20–40 s after the instance is running it reads {@code ECS_CLUSTER} from the user data (default
 * {@code default}, which it creates if missing) and registers with the instance role's credentials, only if
 * the role allows {@code ecs:RegisterContainerInstance}; otherwise it retries every 1, 2, 4, then 5 minutes
 * and the instance never shows in the cluster. Without an instance profile it has no credentials at all.
 * Stopping the instance disconnects the agent; terminating it deregisters the container instance.
 */
final class Agent {
    /** The agent version the instances report. */
    static final String VERSION = "1.101.2";
    private static final Pattern CLUSTER = Pattern.compile("ECS_CLUSTER\\s*=\\s*['\"]?([A-Za-z0-9_-]+)");
    private final Ecs ecs;

    Agent(Ecs ecs) {
        this.ecs = ecs;
        ecs.world.kernel().subscribe(InstanceStateChange.class, this::onInstance);
    }

    private Ec2 ec2() {
        return ecs.world.service(Ec2.class);
    }

    private void onInstance(InstanceStateChange e) {
        Optional<InstanceInfo> info = ec2().instance(e.instanceId());
        if (info.isEmpty() || !info.get().ecsOptimized()) return;
        ContainerInstance ci = ecs.byEc2Instance.get(e.instanceId());
        switch (e.current()) {
            case RUNNING -> {
                long delay = 20_000 + ecs.world.ids().nextInt(20_001);
                if (ci != null && !ci.status.equals("INACTIVE")) {
                    ecs.world.kernel().schedule(delay, () -> reconnect(ci));
                } else {
                    ecs.world.kernel().schedule(delay, () -> register(e.instanceId(), 0));
                }
            }
            case STOPPING, SHUTTING_DOWN -> {
                if (ci != null && !ci.status.equals("INACTIVE")) {
                    disconnect(ci);
                    String how = e.current() == InstanceState.STOPPING ? "stopped" : "terminated";
                    ecs.lifecycle.stopAllOn(ci, "TerminationNotice", "Host EC2 (instance " + e.instanceId() + ") " + how + ".");
                }
            }
            case TERMINATED -> {
                if (ci != null && !ci.status.equals("INACTIVE")) {
                    ci.status = "INACTIVE";
                    ci.version++;
                    ecs.world.timeline().record("ecs", "ContainerInstanceStateChange", ci.arn,
                            "Container instance " + ci.id + " (" + ci.ec2InstanceId + ") was deregistered because its EC2 instance terminated.");
                }
            }
            default -> { }
        }
    }

    private void disconnect(ContainerInstance ci) {
        if (!ci.agentConnected) return;
        ci.agentConnected = false;
        ci.version++;
        ecs.world.timeline().record("ecs", "ContainerInstanceStateChange", ci.arn, "The ECS agent on " + ci.ec2InstanceId + " disconnected.");
    }

    private void reconnect(ContainerInstance ci) {
        Optional<InstanceInfo> info = ec2().instance(ci.ec2InstanceId);
        if (info.isEmpty() || info.get().state() != InstanceState.RUNNING || ci.status.equals("INACTIVE")) return;
        ci.agentConnected = true;
        ci.version++;
        ecs.world.timeline().record("ecs", "ContainerInstanceStateChange", ci.arn, "The ECS agent on " + ci.ec2InstanceId + " reconnected.");
    }

    static String clusterName(String userData) {
        Matcher m = CLUSTER.matcher(userData == null ? "" : userData);
        return m.find() ? m.group(1) : "default";
    }

    private void register(String instanceId, int attempt) {
        Optional<InstanceInfo> found = ec2().instance(instanceId);
        if (found.isEmpty() || found.get().state() != InstanceState.RUNNING) return;
        InstanceInfo info = found.get();
        String name = clusterName(info.userData());
        String role = info.instanceProfileArn() == null ? null : ecs.iam().roleOfInstanceProfile(info.instanceProfileArn()).orElse(null);
        if (role == null) {
            ecs.world.timeline().record("ecs", "AgentRegistrationFailed", instanceId, "The ECS agent on " + instanceId
                    + " found no instance profile credentials (NoCredentialProviders), so the instance cannot register with cluster " + name + ".");
            return;
        }
        if (!ecs.iam().trusts(role, "ec2.amazonaws.com")) {
            ecs.world.timeline().record("ecs", "AgentRegistrationFailed", instanceId, "The ECS agent on " + instanceId
                    + " found no instance profile credentials: the trust policy of " + role
                    + " does not let ec2.amazonaws.com assume it, so the instance cannot register with cluster " + name + ".");
            return;
        }
        Caller agent = Caller.role("arn:aws:sts::" + Caller.ACCOUNT + ":assumed-role/" + role.substring(role.lastIndexOf('/') + 1)
                + "/" + instanceId, info.region());
        String arn = Ecs.clusterArn(info.region(), name);
        Cluster cluster = ecs.clusters.get(arn);
        if (cluster == null || !cluster.status.equals("ACTIVE")) {
            if (name.equals("default") && ecs.iam().allowed(agent, "ecs:CreateCluster", arn)) {
                cluster = ecs.createCluster(info.region(), name);
            } else {
                retry(instanceId, attempt, "ClusterNotFoundException: Cluster not found. (ECS_CLUSTER=" + name + ")");
                return;
            }
        }
        if (!ecs.iam().allowed(agent, "ecs:RegisterContainerInstance", arn)) {
            retry(instanceId, attempt, "AccessDeniedException: User: " + agent.principalArn()
                    + " is not authorized to perform: ecs:RegisterContainerInstance on resource: " + arn);
            return;
        }
        String id = ecs.world.ids().hex(32);
        ContainerInstance ci = new ContainerInstance("arn:aws:ecs:" + info.region() + ":" + Caller.ACCOUNT + ":container-instance/"
                + name + "/" + id, id, cluster, instanceId, info.availabilityZone(), info.subnetId(), info.vcpus() * 1024,
                info.registeredMemoryMiB(), info.maxEnis(), ecs.world.kernel().epochSeconds(), role);
        ci.attributes.put("ecs.ami-id", info.imageId());
        ci.attributes.put("ecs.availability-zone", info.availabilityZone());
        ci.attributes.put("ecs.instance-type", info.instanceType());
        ci.attributes.put("ecs.os-type", "linux");
        ci.attributes.put("ecs.os-family", "LINUX");
        ci.attributes.put("ecs.cpu-architecture", "x86_64");
        ci.attributes.put("ecs.vpc-id", info.vpcId());
        ci.attributes.put("ecs.subnet-id", info.subnetId());
        for (String cap : new String[]{"com.amazonaws.ecs.capability.docker-remote-api.1.44", "com.amazonaws.ecs.capability.ecr-auth",
                "com.amazonaws.ecs.capability.logging-driver.awslogs", "com.amazonaws.ecs.capability.logging-driver.json-file",
                "com.amazonaws.ecs.capability.task-iam-role", "ecs.capability.execution-role-awslogs",
                "ecs.capability.execution-role-ecr-pull", "ecs.capability.task-eni", "ecs.capability.efsAuth",
                "ecs.capability.efs", "ecs.capability.secrets.asm.environment-variables",
                "ecs.capability.secrets.ssm.environment-variables", "ecs.capability.container-health-check"}) {
            ci.attributes.put(cap, null);
        }
        ecs.instances.put(ci.arn, ci);
        ecs.byEc2Instance.put(instanceId, ci);
        ecs.world.timeline().record("ecs", "ContainerInstanceRegistered", ci.arn, "Container instance " + id + " (" + instanceId
                + ", " + info.instanceType() + ") registered in cluster " + name + " with " + ci.registeredCpu + " CPU units and "
                + ci.registeredMemory + " MiB.");
    }

    private void retry(String instanceId, int attempt, String why) {
        ecs.world.timeline().record("ecs", "AgentRegistrationFailed", instanceId, "The ECS agent on " + instanceId
                + " could not register: " + why);
        long delay = Math.min(300_000L, 60_000L << Math.min(attempt, 3));
        ecs.world.kernel().schedule(delay, () -> register(instanceId, attempt + 1));
    }
}
