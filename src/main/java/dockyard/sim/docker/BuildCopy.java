package dockyard.sim.docker;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code COPY} and {@code ADD}: files from the build context (minus {@code .dockerignore}) or from an earlier stage
 * ({@code --from}) into a new layer; the cache key covers the copied files' contents.
 */
final class BuildCopy {
    private BuildCopy() {
    }

    static void copy(BuildRunner r, BuildStage s, Dockerfile.Instruction in) {
        List<String> words = new ArrayList<>();
        String from = null;
        List<String> exec = in.execForm();
        List<String> raw = exec != null ? exec : List.of(s.substitute(in.args()).split("\\s+"));
        for (String w : raw) {
            if (w.startsWith("--from=")) from = w.substring(7);
            else if (!w.startsWith("--")) words.add(w);
        }
        if (words.size() < 2) {
            throw new BuildRunner.Failure("failed to solve: dockerfile parse error on line " + in.line() + ": " + in.keyword() + " requires at least two arguments, but only one was provided. Destination could not be determined");
        }
        String shown = in.keyword() + " " + in.args();
        String label = s.label(r.multiStage());
        List<String> sources = words.subList(0, words.size() - 1);
        String destArg = words.get(words.size() - 1);
        String dest = FsPath.resolve(s.workdir(), destArg);
        boolean intoDir = destArg.endsWith("/") || sources.size() > 1 || s.fs.isDirectory(dest);
        Filesystem srcFs;
        String srcRoot;
        BuildContext ctx = r.context();
        if (from != null) {
            BuildStage st = r.stage(from);
            if (st == null) throw new BuildRunner.Failure("failed to solve: invalid from flag value " + from + ": stage not found");
            srcFs = st.fs;
            srcRoot = "/";
        } else {
            r.loadContext();
            srcFs = ctx.fs();
            srcRoot = ctx.dir();
        }
        int n = r.out().step(label + " " + shown);
        Filesystem staged = Filesystem.empty();
        StringBuilder content = new StringBuilder();
        for (String src : sources) {
            if (in.keyword().equals("ADD") && src.matches("https?://.*")) {
                String target = intoDir ? dest + "/" + FsPath.baseName(src) : dest;
                staged.writeBinary(target, 10_240);
                content.append(src).append('\n');
                continue;
            }
            List<String> matches;
            if (from == null) {
                matches = ctx.match(src);
            } else {
                String p = FsPath.resolve("/", src);
                matches = srcFs.exists(p) ? List.of(p.substring(1)) : List.of();
            }
            if (matches.isEmpty()) {
                String missing = "/" + FsPath.normalize("/" + src).substring(1);
                String refId = Digests.hex(Digests.sha256("context\n" + srcRoot)).substring(0, 25);
                String why = "failed to calculate checksum of ref " + refId + "::" + Digests.hex(Digests.sha256(refId)).substring(0, 25)
                        + ": \"" + missing + "\": not found";
                r.out().add(n, "ERROR: " + why);
                throw new BuildRunner.Failure("failed to solve: failed to compute cache key: " + why);
            }
            for (String rel : matches) {
                String abs = rel.isEmpty() ? srcRoot : FsPath.normalize(srcRoot + "/" + rel);
                boolean dir = srcFs.isDirectory(abs);
                String target = dir ? dest : (intoDir ? dest + "/" + FsPath.baseName(abs) : dest);
                for (Map.Entry<String, Filesystem.Node> f : srcFs.files(abs).entrySet()) {
                    String relFile = f.getKey().substring(abs.length());
                    if (from == null) {
                        String ctxRel = (rel.isEmpty() ? "" : rel) + relFile;
                        if (!ctx.included(ctxRel.startsWith("/") ? ctxRel.substring(1) : ctxRel)) continue;
                    }
                    String to = FsPath.normalize(target + relFile);
                    Filesystem.Node node = f.getValue();
                    if (node.binary()) staged.writeBinary(to, node.size());
                    else staged.write(to, node.text());
                    content.append(to).append(' ').append(node.size()).append(' ')
                            .append(node.text() == null ? "" : Digests.sha256(node.text())).append('\n');
                }
                if (dir) staged.mkdirs(target);
            }
        }
        String key = Digests.sha256(s.chain + "\n" + shown + "\n" + Digests.sha256(content.toString()));
        BuildStage.Step hit = r.cached(key);
        if (hit != null) {
            r.out().add(n, "CACHED");
            BuildSteps.push(s, hit, key);
            return;
        }
        Filesystem layer = s.fs.overlay();
        layer.copyFrom(staged, "/", "/");
        layer.freeze();
        r.out().add(n, "DONE 0.0s");
        BuildStage.Step step = new BuildStage.Step(layer, new Layer(Digests.sha256("layer\n" + key), staged.totalSize(),
                shown + " # buildkit", r.now()));
        r.remember(key, step);
        BuildSteps.push(s, step, key);
    }
}
