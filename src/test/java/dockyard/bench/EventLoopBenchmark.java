package dockyard.bench;

import dockyard.sim.Kernel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * The kernel's event loop with handlers that do what service handlers do (update a resource's state, draw a
 * seeded delay, schedule the next step, publish a kernel event to a subscriber) against a bare
 * {@link PriorityQueue} loop doing the same handler work. 1,000 resources are always pending.
 * Throughput is events per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EventLoopBenchmark {
    static final int RESOURCES = 1_000;
    static final int EVENTS = 100_000;

    /** What a handler publishes. */
    record StateChanged(int resource, int state) {
    }

    /** A resource with a little state machine, as a task or instance has. */
    static final class Resource {
        int state;
        long transitions;
    }

    private Kernel kernel;
    private Resource[] resources;
    private long published;

    private PriorityQueue<long[]> bare;
    private SplittableRandom bareRandom;
    private long bareNow;
    private Resource[] bareResources;

    @Setup
    public void setup() {
        kernel = new Kernel(1);
        resources = new Resource[RESOURCES];
        kernel.subscribe(StateChanged.class, e -> published++);
        for (int i = 0; i < RESOURCES; i++) {
            resources[i] = new Resource();
            int id = i;
            kernel.schedule(kernel.random().nextInt(60_000), () -> step(id));
        }
        bare = new PriorityQueue<>((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        bareRandom = new SplittableRandom(1);
        bareResources = new Resource[RESOURCES];
        for (int i = 0; i < RESOURCES; i++) {
            bareResources[i] = new Resource();
            bare.add(new long[]{bareRandom.nextInt(60_000), i, i});
        }
    }

    private void step(int id) {
        Resource r = resources[id];
        r.state = (r.state + 1) % 8;
        r.transitions++;
        kernel.publish(new StateChanged(id, r.state));
        kernel.schedule(1 + kernel.random().nextInt(60_000), () -> step(id));
    }

    /** Runs {@value #EVENTS} events through the kernel. */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long kernelWithHandlers() {
        long ran = 0;
        while (ran < EVENTS) ran += kernel.advance(1_000);
        return ran + published;
    }

    /** The same handler work on a bare priority queue of (time, sequence, resource) triples. */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long barePriorityQueue() {
        long seq = RESOURCES;
        long sink = 0;
        for (int n = 0; n < EVENTS; n++) {
            long[] e = bare.poll();
            bareNow = e[0];
            Resource r = bareResources[(int) e[2]];
            r.state = (r.state + 1) % 8;
            r.transitions++;
            sink += new StateChanged((int) e[2], r.state).state();
            bare.add(new long[]{bareNow + 1 + bareRandom.nextInt(60_000), seq++, e[2]});
        }
        return sink;
    }
}
