package dockyard.sim.docker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code docker build} with BuildKit's plain progress output: parses the Dockerfile, resolves FROM, runs each step
 * into a layer (RUN, COPY and ADD change files; the others only the config), with a build cache keyed by the parent
 * chain, the instruction and the content it copies, so the same inputs give the same layer digests and image ID.
 */
final class DockerBuild {
    private final LocalDocker docker;
    private final Filesystem workspace;
    /** Cache key → the step's result (its layer's file system and history entry). */
    private final Map<String, BuildStage.Step> cache = new HashMap<>();

    DockerBuild(LocalDocker docker, Filesystem workspace) {
        this.docker = docker;
        this.workspace = workspace;
    }

    DockerResult build(String contextDir, String dockerfilePath, List<String> tags, Map<String, String> buildArgs, boolean noCache) {
        List<String> err = new ArrayList<>();
        List<ImageRef> refs = new ArrayList<>();
        for (String t : tags) {
            try {
                refs.add(ImageRef.parse(t));
            } catch (DockerException e) {
                return new DockerResult(List.of(), List.of("ERROR: invalid tag \"" + t + "\": " + e.getMessage()), 1);
            }
        }
        String ctx = FsPath.normalize(contextDir);
        if (!workspace.isDirectory(ctx)) {
            return new DockerResult(List.of(), List.of("ERROR: unable to prepare context: path \"" + contextDir + "\" not found"), 1);
        }
        String dfPath = dockerfilePath == null ? ctx + "/Dockerfile" : FsPath.normalize(dockerfilePath);
        BuildOutput out = new BuildOutput(err);
        out.line("#0 building with \"default\" instance using docker driver");
        int def = out.step("[internal] load build definition from " + FsPath.baseName(dfPath));
        if (!workspace.isFile(dfPath)) {
            out.add(def, "transferring dockerfile: 2B done");
            out.add(def, "DONE 0.0s");
            return out.fail("failed to solve: failed to read dockerfile: open " + FsPath.baseName(dfPath) + ": no such file or directory");
        }
        String text = workspace.read(dfPath).orElse("");
        out.add(def, "transferring dockerfile: " + workspace.size(dfPath) + "B done");
        out.add(def, "DONE 0.0s");
        List<Dockerfile.Instruction> instructions;
        try {
            instructions = Dockerfile.parse(text);
        } catch (Dockerfile.ParseError e) {
            return out.fail("failed to solve: " + e.getMessage());
        }
        BuildContext context = new BuildContext(workspace, ctx);
        BuildRunner runner = new BuildRunner(docker, context, noCache ? new HashMap<>() : cache, out, buildArgs, docker.kernel());
        Image image;
        try {
            image = runner.run(instructions);
        } catch (BuildRunner.Failure f) {
            return out.fail(f.getMessage());
        }
        long now = docker.kernel().now();
        Image stored = docker.images.byId.get(image.id());
        if (stored == null) docker.images.add(image, now);
        else image = stored;
        int export = out.step("exporting to image");
        out.add(export, "exporting layers 0.1s done");
        out.add(export, "writing image " + image.id() + " done");
        for (ImageRef r : refs) {
            docker.images.tag(r, image);
            out.add(export, "naming to " + r.canonical() + " done");
        }
        out.add(export, "DONE 0.1s");
        return new DockerResult(List.of(), err, 0);
    }

    /** BuildKit's numbered progress lines ({@code #3 ...}), written to stderr. */
    static final class BuildOutput {
        private final List<String> err;
        private int next = 1;
        private final Map<Integer, String> titles = new LinkedHashMap<>();

        BuildOutput(List<String> err) {
            this.err = err;
        }

        void line(String s) {
            err.add(s);
        }

        int currentStep() {
            return next - 1;
        }

        int step(String title) {
            err.add("");
            int n = next++;
            titles.put(n, title);
            err.add("#" + n + " " + title);
            return n;
        }

        void add(int step, String s) {
            err.add("#" + step + " " + s);
        }

        DockerResult fail(String message) {
            err.add("ERROR: " + message);
            return new DockerResult(List.of(), err, 1);
        }
    }
}
