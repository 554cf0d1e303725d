package dockyard.bench;

import dockyard.sim.Caller;
import dockyard.sim.World;
import org.openjdk.jol.info.GraphLayout;

/**
 * Retained heap of one engine for a typical exercise: a cluster, 3 registered t3.small instances, 10 running
 * bridge-mode nginx tasks, after 10 simulated minutes. Measured with JOL (the object graph reachable from the
 * {@link World}), and cross-checked by the GC: heap used with 50 such worlds alive minus heap used without, per world.
 * Run: see docs/benchmarks.md.
 */
public final class EngineFootprint {
    private EngineFootprint() {
    }

    static World typicalExercise(long seed) {
        World w = PlacementBenchmark.clusterOf(seed, 3, "t3.small");
        Caller admin = Caller.admin(Caller.DEFAULT_REGION);
        w.invoke("ecs", "RunTask", PlacementBenchmark.json("{'cluster':'bench','taskDefinition':'web','count':10}"), admin);
        w.kernel().advance(600_000);
        return w;
    }

    private static long usedAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    public static void main(String[] args) throws Exception {
        World probe = typicalExercise(1);
        long running = probe.invoke("ecs", "ListTasks", PlacementBenchmark.json("{'cluster':'bench'}"), Caller.admin(Caller.DEFAULT_REGION))
                .get("taskArns").size();
        GraphLayout layout = GraphLayout.parseInstance(probe);
        System.out.printf("JOL retained graph of one world (%d running tasks): %d bytes (%.2f MiB), %d objects%n",
                running, layout.totalSize(), layout.totalSize() / 1048576.0, layout.totalCount());
        int n = 50;
        long before = usedAfterGc();
        World[] keep = new World[n];
        for (int i = 0; i < n; i++) keep[i] = typicalExercise(i + 2);
        long after = usedAfterGc();
        System.out.printf("GC delta per world over %d worlds: %.2f MiB%n", n, (after - before) / (double) n / 1048576.0);
        if (keep[n - 1] == null) throw new IllegalStateException();
    }
}
