package dockyard.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.sim.docker.CommandInterpreter;
import dockyard.sim.docker.ContainerRuntime;
import dockyard.sim.docker.Filesystem;
import dockyard.sim.docker.LocalDocker;
import dockyard.sim.docker.Registries;
import dockyard.sim.docker.Workspace;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One simulated world: the kernel, the AWS account (123456789012) with its services, and the learner's
 * own machine. Built from a seed; everything it does is a function of the seed and the calls made.
 */
public final class World {
    private final Kernel kernel;
    private final Ids ids;
    private final Timeline timeline;
    private final Map<String, AwsService> services = new LinkedHashMap<>();
    // --- sim-local: the learner's machine, registries and containers ---
    private final Filesystem workspace = Workspace.create();
    private final Registries registries = new Registries();
    private CommandInterpreter commandInterpreter = CommandInterpreter.NONE;
    private ContainerRuntime containers;
    private LocalDocker docker;
    // --- end sim-local ---

    public World(long seed) {
        this.kernel = new Kernel(seed);
        this.ids = new Ids(kernel);
        this.timeline = new Timeline(kernel);
        // --- sim-core services ---
        register(new dockyard.sim.iam.Iam(this));
        register(new dockyard.sim.ssm.Ssm(this));
        register(new dockyard.sim.ec2.Ec2(this));
        register(new dockyard.sim.ecs.Ecs(this));
        // --- end sim-core services ---
        initLocal();
    }

    // --- sim-local ---
    private void initLocal() {
        containers = new ContainerRuntime(kernel, ids, () -> commandInterpreter);
        docker = new LocalDocker(kernel, registries, containers, workspace, ids);
        dockyard.sim.ecr.Ecr ecr = register(new dockyard.sim.ecr.Ecr(this));
        register(new dockyard.sim.ecr.EcrPublic(ecr));
        registries.connect(ecr);
        register(new dockyard.sim.logs.Logs(this));
        register(new dockyard.sim.secretsmanager.SecretsManager(this));
        register(new dockyard.sim.efs.Efs(this));
        register(new dockyard.sim.s3.S3(this));
        register(new dockyard.sim.dynamodb.DynamoDb(this));
        // --- events ---
        register(new dockyard.sim.cloudwatch.CloudWatch(this));
        register(new dockyard.sim.events.Events(this));
        // --- end events ---
    }

    /** The learner's own files (home {@code /home/learner}): heredocs, the editor, {@code docker build} contexts. */
    public Filesystem workspace() { return workspace; }

    /** The learner's Docker daemon. */
    public LocalDocker docker() { return docker; }

    /** Docker Hub, ECR Public and this account's ECR, for pulls. */
    public Registries registries() { return registries; }

    /** Where containers run (the learner's and ECS tasks'). */
    public ContainerRuntime containers() { return containers; }

    /** Installs what runs {@code aws ...} inside containers (the shell does, when it opens a world). */
    public void setCommandInterpreter(CommandInterpreter interpreter) {
        this.commandInterpreter = interpreter == null ? CommandInterpreter.NONE : interpreter;
    }

    public CommandInterpreter commandInterpreter() { return commandInterpreter; }
    // --- end sim-local ---

    public Timeline timeline() { return timeline; }

    public Kernel kernel() { return kernel; }

    public Ids ids() { return ids; }

    /** Adds a service; its {@link AwsService#name()} is how callers reach it. */
    public <S extends AwsService> S register(S service) {
        if (services.putIfAbsent(service.name(), service) != null) {
            throw new IllegalStateException("service registered twice: " + service.name());
        }
        return service;
    }

    /** The service of that class, for services and the shell that need its typed operations. */
    public <S extends AwsService> S service(Class<S> type) {
        for (AwsService s : services.values()) {
            if (type.isInstance(s)) return type.cast(s);
        }
        throw new IllegalStateException("no service of type " + type.getSimpleName());
    }

    public Map<String, AwsService> services() {
        return java.util.Collections.unmodifiableMap(services);
    }

    /**
     * Calls {@code operation} on {@code service} as {@code caller}, with AWS's JSON shapes in and out.
     * Throws {@link AwsException} for what AWS would refuse, including unknown services and operations.
     */
    public ObjectNode invoke(String service, String operation, ObjectNode input, Caller caller) {
        AwsService s = services.get(service);
        if (s == null) throw new AwsException("UnknownServiceException", "Unknown service: " + service, 400);
        if (!s.operations().contains(operation)) {
            throw new AwsException("UnknownOperationException", "Unknown operation " + operation, 400);
        }
        return s.invoke(operation, input == null ? Json.object() : input, caller);
    }
}
