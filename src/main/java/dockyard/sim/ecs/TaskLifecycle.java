package dockyard.sim.ecs;

import dockyard.sim.Kernel;
import dockyard.sim.ec2.Ec2;

import java.util.List;
import java.util.Map;

/**
 * Moves tasks through the documented lifecycle in simulated time (DG task-lifecycle):
 * awsvpc tasks PROVISIONING (ENI: 5–10 s on EC2, 10–20 s on Fargate incl. capacity) → PENDING → pull, secrets,
 * log streams, container start ({@link TaskStarter}) → ACTIVATING → RUNNING; on stop RUNNING → DEACTIVATING →
 * STOPPING (SIGTERM, SIGKILL after stopTimeout, default 30 s) → DEPROVISIONING (awsvpc: ENI removal 5–10 s)
 * → STOPPED. Tasks that never ran go straight to STOPPED (via DEPROVISIONING for awsvpc). Stopped tasks stay
 * visible for one hour. Every change is recorded on the timeline and published as {@link TaskStateChange}.
 */
final class TaskLifecycle {
    static final long EXPIRY_MILLIS = 3600_000;
    private final Ecs ecs;
    private final TaskStarter starter;
    private final HealthChecks health;

    TaskLifecycle(Ecs ecs) {
        this.ecs = ecs;
        this.starter = new TaskStarter(ecs, this);
        this.health = new HealthChecks(ecs);
    }

    private long between(long fromMillis, long toMillis) {
        return fromMillis + ecs.world.ids().nextInt((int) (toMillis - fromMillis + 1));
    }

    private Kernel kernel() {
        return ecs.world.kernel();
    }

    void start(Task t) {
        if (t.awsvpc()) {
            t.attachmentStatus = "PRECREATED";
            t.next = kernel().schedule(t.fargate() ? between(10_000, 20_000) : between(5_000, 10_000), () -> attach(t));
        } else {
            t.next = kernel().schedule(between(1_000, 3_000), () -> starter.pull(t));
        }
    }

    private void attach(Task t) {
        t.eni = ecs.world.service(Ec2.class).createNetworkInterface(t.cluster.region, t.subnetId, "ecs task " + t.id);
        t.attachmentStatus = "ATTACHED";
        change(t, "PENDING");
        t.next = kernel().schedule(between(1_000, 3_000), () -> starter.pull(t));
    }

    /** Called by the starter when every container is up. */
    void running(Task t) {
        t.next = null;
        change(t, "ACTIVATING");
        t.startedAt = kernel().epochSeconds();
        if (t.instance != null) {
            t.instance.pendingTasksCount--;
            t.instance.runningTasksCount++;
        }
        change(t, "RUNNING");
        health.start(t);
    }

    /**
     * Stops the task for {@code stopCode} with {@code reason}. No effect on a task already stopping. Before
     * RUNNING nothing is running: the task ends at once (awsvpc via DEPROVISIONING).
     */
    void stop(Task t, String stopCode, String reason) {
        if (!t.desiredStatus.equals("RUNNING") || t.stopped()) return;
        t.desiredStatus = "STOPPED";
        t.stopCode = stopCode;
        t.stoppedReason = reason;
        t.stoppingAt = kernel().epochSeconds();
        if (t.next != null) t.next.cancel();
        t.next = null;
        if (t.lastStatus.equals("RUNNING")) {
            change(t, "DEACTIVATING");
            change(t, "STOPPING");
            if (!starter.stopContainers(t, false)) containersStopped(t);
        } else {
            starter.abandon(t);
            t.containers.forEach(c -> c.lastStatus = "STOPPED");
            change(t, t.lastStatus);
            deprovision(t);
        }
    }

    /** The host went away: containers die at once, the task stops with {@code stopCode}/{@code reason}. */
    void stopAllOn(ContainerInstance ci, String stopCode, String reason) {
        for (Task t : List.copyOf(ecs.tasks.values())) {
            if (t.instance != ci || t.stopped()) continue;
            if (t.desiredStatus.equals("RUNNING")) {
                t.desiredStatus = "STOPPED";
                t.stopCode = stopCode;
                t.stoppedReason = reason;
                t.stoppingAt = kernel().epochSeconds();
            }
            if (t.next != null) t.next.cancel();
            starter.abandon(t);
            starter.stopContainers(t, true);
            t.containers.forEach(c -> c.lastStatus = "STOPPED");
            stopped(t);
        }
    }

    /** A container ended by itself or after a stop signal. */
    void containerExited(Task t, Task.Container c, int exitCode, String reason) {
        c.lastStatus = "STOPPED";
        c.exitCode = exitCode;
        c.reason = reason == null || reason.isEmpty() ? null : reason;
        t.version++;
        ecs.world.timeline().record("ecs", "ContainerStateChange", c.arn, "Container " + c.def.name() + " of task " + t.id
                + " exited with code " + exitCode + (c.reason == null ? "." : ": " + c.reason));
        if (t.stopped()) return;
        if (t.lastStatus.equals("STOPPING")) {
            if (t.containers.stream().noneMatch(x -> "RUNNING".equals(x.lastStatus))) containersStopped(t);
            return;
        }
        if (c.def.essential() && t.desiredStatus.equals("RUNNING")) {
            stop(t, "EssentialContainerExited", c.reason != null && c.reason.startsWith("OutOfMemoryError")
                    ? c.reason : "Essential container in task exited");
        } else if (t.containers.stream().noneMatch(x -> "RUNNING".equals(x.lastStatus) || "PENDING".equals(x.lastStatus))) {
            stop(t, "EssentialContainerExited", "Essential container in task exited");
        }
    }

    /** A start step failed (image pull, secrets, logs, container start): TaskFailedToStart with AWS's reason. */
    void failToStart(Task t, String reason) {
        if (t.next != null) t.next.cancel();
        t.next = null;
        starter.stopContainers(t, true);
        t.containers.forEach(c -> {
            if (!"STOPPED".equals(c.lastStatus)) c.lastStatus = "STOPPED";
        });
        t.desiredStatus = "STOPPED";
        t.stopCode = "TaskFailedToStart";
        t.stoppedReason = reason;
        t.stoppingAt = kernel().epochSeconds();
        change(t, t.lastStatus);
        deprovision(t);
    }

    private void containersStopped(Task t) {
        t.executionStoppedAt = kernel().epochSeconds();
        deprovision(t);
    }

    private void deprovision(Task t) {
        if (t.awsvpc() && t.eni != null) {
            change(t, "DEPROVISIONING");
            t.attachmentStatus = "DELETED";
            t.next = kernel().schedule(between(5_000, 10_000), () -> {
                ecs.world.service(Ec2.class).deleteNetworkInterface(t.eni.networkInterfaceId());
                stopped(t);
            });
        } else {
            if (t.awsvpc()) t.attachmentStatus = "DELETED";
            stopped(t);
        }
    }

    private void stopped(Task t) {
        if (t.stopped()) return;
        t.next = null;
        t.stoppedAt = kernel().epochSeconds();
        if (t.executionStoppedAt == null) t.executionStoppedAt = t.stoppedAt;
        t.stoppedAtMillis = kernel().now();
        release(t);
        change(t, "STOPPED");
        kernel().schedule(EXPIRY_MILLIS, () -> ecs.tasks.remove(t.arn));
    }

    private void release(Task t) {
        if (t.fargate()) {
            Map<String, Integer> m = ecs.fargateAzCounts.get(t.cluster.arn + "|" + t.group);
            if (m != null) m.computeIfPresent(t.availabilityZone, (k, v) -> v <= 1 ? null : v - 1);
        }
        ContainerInstance ci = t.instance;
        if (ci == null || !t.resourcesHeld) return;
        t.resourcesHeld = false;
        ci.remainingCpu += t.cpu;
        ci.remainingMemory += t.memory;
        for (Task.Container c : t.containers) {
            for (int[] b : c.bindings) ci.releasePort(b[1], b[2] == 1 ? "udp" : "tcp");
        }
        if (t.awsvpc()) ci.usedEnis--;
        ci.groupCounts.computeIfPresent(t.group, (k, v) -> v <= 1 ? null : v - 1);
        if (t.startedAt != null) ci.runningTasksCount--;
        else ci.pendingTasksCount--;
    }

    void change(Task t, String status) {
        boolean same = status.equals(t.lastStatus);
        t.lastStatus = status;
        t.version++;
        if (!same) {
            ecs.world.timeline().record("ecs", "TaskStateChange", t.arn, "Task " + t.id + " (" + t.td.familyRevision() + ") is "
                    + status + (status.equals("STOPPED") && t.stoppedReason != null ? ": " + t.stoppedReason : "."));
        }
        if (ecs.world.kernel().hasSubscribers(TaskStateChange.class)) ecs.world.kernel().publish(new TaskStateChange(t.arn, t.cluster.arn, t.lastStatus, t.desiredStatus, EcsJson.task(t)));
    }
}
