package dockyard.bench;

import dockyard.sim.World;
import dockyard.sim.docker.DockerResult;
import dockyard.sim.docker.RunOptions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The learner's Docker on a fresh world: a four-step Dockerfile built from an empty cache, built again (all
 * cached), and a foreground container whose script sleeps 3 simulated seconds.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DockerBuildBenchmark {
    static final String DOCKERFILE = "FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt app.py ./\n"
            + "RUN pip install -r requirements.txt\nEXPOSE 5000\nCMD [\"python\", \"app.py\"]\n";

    private static World world() {
        World w = new World(42);
        w.workspace().write("/home/learner/app/Dockerfile", DOCKERFILE);
        w.workspace().write("/home/learner/app/requirements.txt", "flask==3.1.0\nboto3\n");
        w.workspace().write("/home/learner/app/app.py", "from flask import Flask\napp = Flask(__name__)\napp.run(host='0.0.0.0', port=5000)\n");
        return w;
    }

    @Benchmark
    public DockerResult buildFromAnEmptyCache() {
        return world().docker().build("/home/learner/app", null, List.of("web:1"), Map.of());
    }

    @Benchmark
    public DockerResult buildTwiceSecondFullyCached() {
        World w = world();
        w.docker().build("/home/learner/app", null, List.of("web:1"), Map.of());
        return w.docker().build("/home/learner/app", null, List.of("web:2"), Map.of());
    }

    @Benchmark
    public DockerResult runAForegroundScript() {
        return world().docker().run(RunOptions.of("alpine", false, List.of("sh", "-c", "for i in 1 2 3; do echo $i; sleep 1; done")));
    }
}
