package dockyard.sim.ecs;

import com.fasterxml.jackson.databind.JsonNode;
import dockyard.sim.AwsException;
import dockyard.sim.Caller;
import dockyard.sim.docker.ContainerSpec;
import dockyard.sim.docker.PullFailure;
import dockyard.sim.docker.PulledImage;
import dockyard.sim.docker.RunningContainer;
import dockyard.sim.docker.StartFailure;
import dockyard.sim.ssm.Ssm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the agent does between PENDING and RUNNING (DG task_execution_IAM_role, task-iam-roles,
 * specifying-sensitive-data): pull every image as the execution role (on EC2 without one, the instance role),
 * resolve {@code secrets} as the execution role, then start each container with the task role's credentials
 * (on EC2 without a task role, the instance role's). A failing step stops the task with TaskFailedToStart and
 * AWS's error prefix.
 */
final class TaskStarter {
    private final Ecs ecs;
    private final TaskLifecycle lifecycle;
    private final TaskResources resources;

    TaskStarter(Ecs ecs, TaskLifecycle lifecycle) {
        this.ecs = ecs;
        this.lifecycle = lifecycle;
        this.resources = new TaskResources(ecs);
    }

    /** A role's session as ECS hands it out, or null when the role is missing or does not trust {@code service}. */
    Caller session(String roleArn, String service, String sessionName, String region) {
        if (roleArn == null || !ecs.iam().trusts(roleArn, service)) return null;
        return Caller.role("arn:aws:sts::" + Caller.ACCOUNT + ":assumed-role/" + roleArn.substring(roleArn.lastIndexOf('/') + 1)
                + "/" + sessionName, region);
    }

    private Caller executionCaller(Task t) {
        if (t.executionRoleArn != null) return session(t.executionRoleArn, "ecs-tasks.amazonaws.com", t.id, t.cluster.region);
        if (t.instance != null) return session(t.instance.instanceRoleArn, "ec2.amazonaws.com", t.instance.ec2InstanceId, t.cluster.region);
        return null;
    }

    private Caller appCredentials(Task t) {
        if (t.taskRoleArn != null) return session(t.taskRoleArn, "ecs-tasks.amazonaws.com", t.id, t.cluster.region);
        if (t.instance != null) return session(t.instance.instanceRoleArn, "ec2.amazonaws.com", t.instance.ec2InstanceId, t.cluster.region);
        return null;
    }

    void pull(Task t) {
        t.next = null;
        if (!t.desiredStatus.equals("RUNNING")) return;
        t.pullStartedAt = ecs.world.kernel().epochSeconds();
        t.version++;
        Caller puller = executionCaller(t);
        long total = 0;
        List<PulledImage> images = new ArrayList<>();
        for (Task.Container c : t.containers) {
            try {
                PulledImage img = ecs.world.registries().pull(c.def.image(), puller);
                total += ecs.world.registries().pullMillis(img);
                c.imageDigest = img.digest();
                images.add(img);
                ecs.world.timeline().record("ecs", "ImagePull", t.arn, "Pulled " + c.def.image() + " (" + img.digest() + ") for task " + t.id + ".");
            } catch (PullFailure e) {
                t.next = ecs.world.kernel().schedule(total + 1_500, () -> {
                    c.reason = e.getMessage();
                    lifecycle.failToStart(t, e.getMessage());
                });
                return;
            }
        }
        t.next = ecs.world.kernel().schedule(total, () -> launch(t, images));
    }

    private void launch(Task t, List<PulledImage> images) {
        t.next = null;
        t.pullStoppedAt = ecs.world.kernel().epochSeconds();
        Map<String, Map<String, String>> secretEnv = new LinkedHashMap<>();
        for (Task.Container c : t.containers) {
            Map<String, String> env = new LinkedHashMap<>();
            for (TaskDefinition.Secret s : c.def.secrets()) {
                try {
                    env.put(s.name(), secret(t, s.valueFrom()));
                } catch (AwsException e) {
                    String store = s.valueFrom().contains(":secretsmanager:") ? "asm" : "ssm";
                    lifecycle.failToStart(t, "ResourceInitializationError: unable to pull secrets or registry auth: execution resource "
                            + "retrieval failed: unable to retrieve secrets from " + store + ": service call has been retried 1 time(s): "
                            + e.code() + ": " + e.getMessage());
                    return;
                }
            }
            secretEnv.put(c.def.name(), env);
        }
        Map<String, java.util.function.Consumer<String>> sinks;
        Map<String, dockyard.sim.docker.Filesystem> volumes;
        try {
            sinks = resources.logSinks(t, executionCaller(t));
            volumes = resources.volumes(t);
        } catch (TaskResources.SetupFailure e) {
            lifecycle.failToStart(t, e.getMessage());
            return;
        }
        Caller creds = appCredentials(t);
        for (int i = 0; i < t.containers.size(); i++) {
            Task.Container c = t.containers.get(i);
            ContainerSpec spec = spec(t, c, images.get(i), secretEnv.get(c.def.name()), creds);
            if (sinks.containsKey(c.def.name())) spec = spec.withLogSink(sinks.get(c.def.name()));
            for (String[] m : TaskResources.mounts(c)) spec = spec.withMount(m[1], volumes.get(m[0]));
            try {
                String ip = ip(t);
                dockyard.sim.docker.ContainerListener listener = (code, reason) -> lifecycle.containerExited(t, c, code, reason);
                RunningContainer rc = ip == null ? ecs.world.containers().start(spec, listener)
                        : ecs.world.containers().start(spec, listener, ip);
                c.process = rc;
                c.runtimeId = rc.id();
                c.lastStatus = "RUNNING";
            } catch (StartFailure e) {
                lifecycle.failToStart(t, "CannotStartContainerError: " + e.dockerMessage());
                return;
            }
        }
        lifecycle.running(t);
    }

    private String secret(Task t, String valueFrom) {
        Caller exec = executionCaller(t);
        if (exec == null) {
            throw AwsException.client("AccessDeniedException", "the task has no execution role to read " + valueFrom);
        }
        if (valueFrom.contains(":secretsmanager:")) {
            return ecs.world.service(dockyard.sim.secretsmanager.SecretsManager.class).getSecretValue(exec, valueFrom);
        }
        return ecs.world.service(Ssm.class).getParameter(exec, valueFrom, true).value();
    }

    private ContainerSpec spec(Task t, Task.Container c, PulledImage image, Map<String, String> secrets, Caller creds) {
        TaskDefinition.ContainerDef d = c.def;
        JsonNode override = null;
        for (JsonNode o : t.overrides.path("containerOverrides")) {
            if (d.name().equals(o.path("name").asText())) override = o;
        }
        Map<String, String> env = new LinkedHashMap<>(d.environment());
        env.putAll(secrets);
        List<String> command = d.command();
        if (override != null) {
            for (JsonNode e : override.path("environment")) env.put(e.path("name").asText(), e.path("value").asText(""));
            if (override.has("command")) {
                command = new ArrayList<>();
                for (JsonNode x : override.get("command")) command.add(x.asText());
            }
        }
        env.put("ECS_CONTAINER_METADATA_URI_V4", "http://169.254.170.2/v4/" + t.id + "-" + d.name());
        if (creds != null && t.taskRoleArn != null) env.put("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "/v2/credentials/" + t.id);
        ContainerSpec spec = ContainerSpec.of(d.name(), image).withEnvironment(env).withAwsCredentials(creds, t.cluster.region)
                .withMemoryMiB(d.memory() != null ? d.memory() : (t.td.memory() != null && t.containers.size() == 1 ? t.td.memory() : 0));
        if (d.entryPoint() != null) spec = spec.withEntryPoint(d.entryPoint());
        if (command != null) spec = spec.withCommand(command);
        if (d.workingDirectory() != null) spec = spec.withWorkingDirectory(d.workingDirectory());
        return spec;
    }

    private String ip(Task t) {
        if (t.eni != null) return t.eni.privateIpv4Address();
        if (t.td.networkMode().equals("host") && t.instance != null) {
            return ecs.world.service(dockyard.sim.ec2.Ec2.class).instance(t.instance.ec2InstanceId).map(i -> i.privateIp()).orElse(null);
        }
        return null;
    }

    /** Sends the stop signal (or SIGKILL when {@code kill}); true if any container was still running. */
    boolean stopContainers(Task t, boolean kill) {
        boolean any = false;
        for (Task.Container c : t.containers) {
            if (c.process instanceof RunningContainer rc && rc.running()) {
                any = true;
                if (kill) rc.kill();
                else rc.stop((c.def.stopTimeout() != null ? c.def.stopTimeout() : 30) * 1000L);
            }
        }
        return any;
    }

    /** Forgets a start in progress (the lifecycle already cancelled its next step). */
    void abandon(Task t) {
        t.next = null;
    }
}
