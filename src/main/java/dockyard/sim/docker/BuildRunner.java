package dockyard.sim.docker;

import dockyard.sim.Kernel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Runs the instructions of a parsed Dockerfile into an {@link Image}, writing BuildKit's progress lines. */
final class BuildRunner {
    /** A failed build; the message follows {@code ERROR: }. */
    static final class Failure extends RuntimeException {
        Failure(String message) {
            super(message);
        }
    }

    private final LocalDocker docker;
    private final BuildContext context;
    private final Map<String, BuildStage.Step> cache;
    private final DockerBuild.BuildOutput out;
    private final Map<String, String> buildArgs;
    private final Kernel kernel;
    private final Map<String, BuildStage> stages = new HashMap<>();
    private final Map<String, Image> bases = new LinkedHashMap<>();
    private boolean contextLoaded;
    private boolean multiStage;

    BuildRunner(LocalDocker docker, BuildContext context, Map<String, BuildStage.Step> cache, DockerBuild.BuildOutput out,
                Map<String, String> buildArgs, Kernel kernel) {
        this.docker = docker;
        this.context = context;
        this.cache = cache;
        this.out = out;
        this.buildArgs = buildArgs == null ? Map.of() : buildArgs;
        this.kernel = kernel;
    }

    Image run(List<Dockerfile.Instruction> all) {
        // Global ARGs (before the first FROM) may be used in FROM lines.
        BuildStage global = new BuildStage(null, -1, 0);
        global.config = ImageConfig.scratch();
        List<List<Dockerfile.Instruction>> groups = new ArrayList<>();
        for (Dockerfile.Instruction in : all) {
            if (in.keyword().equals("FROM")) groups.add(new ArrayList<>());
            if (groups.isEmpty()) {
                arg(global, in.args(), buildArgs);
            } else {
                groups.get(groups.size() - 1).add(in);
            }
        }
        multiStage = groups.size() > 1;
        List<String> stageNames = new ArrayList<>();
        for (List<Dockerfile.Instruction> g : groups) {
            String[] from = fromWords(global, g.get(0));
            stageNames.add(from.length >= 3 && from[1].equalsIgnoreCase("AS") ? from[2].toLowerCase(Locale.ROOT) : null);
        }
        // Load metadata for every external base image first, as BuildKit does.
        for (int i = 0; i < groups.size(); i++) {
            String ref = fromWords(global, groups.get(i).get(0))[0];
            if (ref.equalsIgnoreCase("scratch") || stageNames.subList(0, i).contains(ref.toLowerCase(Locale.ROOT)) || bases.containsKey(ref)) {
                continue;
            }
            bases.put(ref, loadMetadata(ref));
        }
        out.step("[internal] load .dockerignore");
        String ignore = context.dir() + "/.dockerignore";
        out.add(out.currentStep(), "transferring context: " + (context.fs().isFile(ignore) ? context.fs().size(ignore) : 2) + "B done");
        out.add(out.currentStep(), "DONE 0.0s");
        BuildStage last = null;
        for (int i = 0; i < groups.size(); i++) {
            List<Dockerfile.Instruction> g = groups.get(i);
            int steps = (int) g.stream().filter(in -> List.of("FROM", "RUN", "COPY", "ADD", "WORKDIR").contains(in.keyword())).count();
            BuildStage stage = new BuildStage(stageNames.get(i), i, steps);
            stage.args.putAll(global.args);
            from(stage, fromWords(global, g.get(0))[0]);
            for (Dockerfile.Instruction in : g.subList(1, g.size())) BuildSteps.apply(this, stage, in);
            stages.put(String.valueOf(i), stage);
            if (stage.name != null) stages.put(stage.name, stage);
            last = stage;
        }
        return new Image(Image.idOf(last.config, last.history), last.history, last.config, last.fs, kernel.now());
    }

    /** FROM's words after its flags ({@code --platform=linux/amd64}): image, then optionally {@code AS name}. */
    private static String[] fromWords(BuildStage global, Dockerfile.Instruction from) {
        List<String> words = new ArrayList<>(List.of(global.substitute(from.args()).strip().split("\\s+")));
        while (words.size() > 1 && words.get(0).startsWith("--")) words.remove(0);
        return words.toArray(new String[0]);
    }

    private Image loadMetadata(String ref) {
        ImageRef r;
        try {
            r = ImageRef.parse(ref);
        } catch (DockerException e) {
            throw new Failure("failed to solve: failed to parse stage name \"" + ref + "\": " + e.getMessage());
        }
        int n = out.step("[internal] load metadata for " + r.canonical());
        Image local = docker.images.find(ref).orElse(null);
        if (local != null) {
            out.add(n, "DONE 0.0s");
            return local;
        }
        try {
            Image img = docker.resolveForBuild(r);
            out.add(n, "DONE 0.6s");
            return img;
        } catch (PullFailure f) {
            String why = f.dockerMessage().contains("pull access denied")
                    ? "pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed"
                    : f.dockerMessage().replaceFirst("^Error response from daemon: ", "").replaceFirst("^manifest for .*", r.canonical() + ": not found");
            out.add(n, "ERROR: " + why);
            throw new Failure("failed to solve: " + ref + ": failed to resolve source metadata for " + r.canonical() + ": " + why);
        }
    }

    private void from(BuildStage stage, String ref) {
        String label = stage.label(multiStage);
        if (ref.equalsIgnoreCase("scratch")) {
            stage.config = ImageConfig.scratch();
            stage.fs = Filesystem.empty().freeze();
            stage.chain = "scratch";
            return;
        }
        BuildStage prior = stages.get(ref.toLowerCase(Locale.ROOT));
        if (prior != null) {
            stage.config = prior.config;
            stage.fs = prior.fs;
            stage.chain = prior.chain;
            stage.history.addAll(prior.history);
            return;
        }
        Image base = bases.get(ref);
        ImageRef r = ImageRef.parse(ref);
        String key = "FROM " + base.id();
        int n = out.step(label + " FROM " + r.canonical() + "@" + base.manifestDigest());
        if (cache.containsKey(key)) {
            out.add(n, "CACHED");
        } else {
            out.add(n, "resolve " + r.canonical() + "@" + base.manifestDigest() + " done");
            out.add(n, "DONE 0.1s");
            cache.put(key, new BuildStage.Step(base.rootFs(), null));
        }
        stage.config = base.config();
        stage.fs = base.rootFs();
        stage.chain = key;
        stage.history.addAll(base.history());
    }

    // --- used by BuildSteps ---

    DockerBuild.BuildOutput out() { return out; }

    BuildContext context() { return context; }

    Map<String, String> buildArgs() { return buildArgs; }

    boolean multiStage() { return multiStage; }

    long now() { return kernel.now(); }

    java.time.Instant instant() { return kernel.instant(); }

    CommandInterpreter interpreter() { return docker.interpreter(); }

    BuildStage stage(String nameOrIndex) { return stages.get(nameOrIndex.toLowerCase(Locale.ROOT)); }

    /** Announces the build context once, before the first COPY or ADD. */
    void loadContext() {
        if (contextLoaded) return;
        contextLoaded = true;
        int n = out.step("[internal] load build context");
        out.add(n, "transferring context: " + context.size() + "B done");
        out.add(n, "DONE 0.0s");
    }

    BuildStage.Step cached(String key) { return cache.get(key); }

    void remember(String key, BuildStage.Step step) { cache.put(key, step); }

    /** {@code ARG NAME[=default]}: the value is the {@code --build-arg}, else the default, else empty. */
    static void arg(BuildStage stage, String args, Map<String, String> buildArgs) {
        String a = stage.substitute(args).strip();
        int eq = a.indexOf('=');
        String name = eq < 0 ? a : a.substring(0, eq);
        String def = eq < 0 ? null : unquote(a.substring(eq + 1));
        String value = buildArgs.containsKey(name) ? buildArgs.get(name) : def;
        stage.args.put(name, value == null ? "" : value);
    }

    static String unquote(String s) {
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }
}
