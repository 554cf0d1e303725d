package dockyard.sim.ecs;

import dockyard.sim.AwsException;
import dockyard.sim.Caller;
import dockyard.sim.docker.Filesystem;
import dockyard.sim.efs.Efs;
import dockyard.sim.iam.Iam;
import dockyard.sim.logs.Logs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The task resources the agent sets up before containers start: awslogs log streams (DG using_awslogs: stream
 * {@code prefix/container-name/task-id}; the group must exist unless {@code awslogs-create-group} is true; the
 * execution role, or on EC2 without one the instance role, needs logs:CreateLogStream and logs:PutLogEvents) and
 * volumes (EFS through {@link Efs#mount} from the task's AZ; other volumes are task-scoped storage shared by the
 * task's containers and gone with the task).
 */
final class TaskResources {
    private final Ecs ecs;

    TaskResources(Ecs ecs) {
        this.ecs = ecs;
    }

    /** A setup step failed; the message is the task's stoppedReason. */
    static final class SetupFailure extends RuntimeException {
        SetupFailure(String stoppedReason) {
            super(stoppedReason, null, false, false);
        }
    }

    /** Log sinks per container name (absent when the container does not use awslogs). */
    Map<String, Consumer<String>> logSinks(Task t, Caller exec) {
        Map<String, Consumer<String>> sinks = new LinkedHashMap<>();
        Logs logs = ecs.world.service(Logs.class);
        for (Task.Container c : t.containers) {
            if (!"awslogs".equals(c.def.logDriver())) continue;
            Map<String, String> o = c.def.logOptions();
            String group = o.get("awslogs-group");
            String region = o.getOrDefault("awslogs-region", t.cluster.region);
            String prefix = o.get("awslogs-stream-prefix");
            String stream = prefix != null ? prefix + "/" + c.def.name() + "/" + t.id : t.id + "-" + c.def.name();
            if (group == null) throw failure(t, "failed to validate logger args: awslogs-group is required");
            String arn = "arn:aws:logs:" + region + ":" + Caller.ACCOUNT + ":log-group:" + group + ":log-stream:" + stream;
            Iam iam = ecs.iam();
            if (!logs.logGroupExists(region, group)) {
                if ("true".equals(o.get("awslogs-create-group")) && exec != null && iam.allowed(exec, "logs:CreateLogGroup", arn)) {
                    logs.createLogGroup(region, group);
                } else {
                    throw failure(t, "failed to create Cloudwatch log stream: ResourceNotFoundException: The specified log group does not exist.");
                }
            }
            for (String action : List.of("logs:CreateLogStream", "logs:PutLogEvents")) {
                if (exec == null || !iam.allowed(exec, action, arn)) {
                    String who = exec == null ? "the task has no role credentials (NoCredentialProviders)"
                            : "AccessDeniedException: User: " + exec.principalArn() + " is not authorized to perform: " + action
                            + " on resource: " + arn + " because no identity-based policy allows the " + action + " action";
                    throw failure(t, "failed to create Cloudwatch log stream: " + who);
                }
            }
            logs.createLogStream(region, group, stream);
            sinks.put(c.def.name(), logs.sink(region, group, stream));
        }
        return sinks;
    }

    private static SetupFailure failure(Task t, String detail) {
        if (t.fargate()) {
            return new SetupFailure("ResourceInitializationError: failed to validate logger args: create stream has been retried 1 times: "
                    + detail + " : exit status 1");
        }
        return new SetupFailure("CannotStartContainerError: Error response from daemon: failed to initialize logging driver: " + detail);
    }

    /** Volume name → the files mounted from it. */
    Map<String, Filesystem> volumes(Task t) {
        Map<String, Filesystem> out = new LinkedHashMap<>();
        for (TaskDefinition.Volume v : t.td.volumes().values()) {
            if (v.efs() == null) {
                out.put(v.name(), Filesystem.empty());
                continue;
            }
            try {
                Filesystem fs = ecs.world.service(Efs.class).mount(v.efs().fileSystemId(), v.efs().accessPointId(), t.availabilityZone);
                String root = v.efs().rootDirectory();
                out.put(v.name(), v.efs().accessPointId() == null && root != null && !root.equals("/") ? fs.view(root) : fs);
            } catch (AwsException e) {
                throw new SetupFailure(e.getMessage());
            }
        }
        return out;
    }

    /** Which volumes each container mounts where. */
    static List<String[]> mounts(Task.Container c) {
        List<String[]> out = new ArrayList<>();
        for (TaskDefinition.MountPoint m : c.def.mountPoints()) out.add(new String[]{m.sourceVolume(), m.containerPath()});
        return out;
    }
}
