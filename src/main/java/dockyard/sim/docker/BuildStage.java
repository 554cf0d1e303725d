package dockyard.sim.docker;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One stage of a (multi-stage) build while it is being built. */
final class BuildStage {
    /** A built step: the file system after it (frozen) and its history entry. */
    record Step(Filesystem fs, Layer layer) {
    }

    final String name;
    final int index;
    final int totalSteps;
    ImageConfig config;
    final List<Layer> history = new ArrayList<>();
    Filesystem fs;
    String chain;
    final Map<String, String> args = new LinkedHashMap<>();
    int stepNo;

    BuildStage(String name, int index, int totalSteps) {
        this.name = name;
        this.index = index;
        this.totalSteps = totalSteps;
    }

    /** BuildKit's step label: {@code [2/4]} for a single stage, {@code [builder 2/4]} in multi-stage builds. */
    String label(boolean multiStage) {
        stepNo++;
        String prefix = multiStage ? (name != null ? name : "stage-" + index) + " " : "";
        return "[" + prefix + stepNo + "/" + totalSteps + "]";
    }

    String workdir() {
        String w = config.workingDir();
        return w == null || w.isEmpty() ? "/" : w;
    }

    /** Variables a RUN step sees: the image's ENV plus the stage's ARGs. */
    Map<String, String> runEnv() {
        Map<String, String> env = new LinkedHashMap<>(args);
        env.putAll(config.envMap());
        return env;
    }

    /** {@code $VAR}, {@code ${VAR}} and {@code ${VAR:-default}} substitution, as Dockerfile instructions do. */
    String substitute(String s) {
        Map<String, String> vars = runEnv();
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '$') {
                b.append('$');
                i += 2;
            } else if (c == '$' && i + 1 < s.length() && s.charAt(i + 1) == '{') {
                int end = s.indexOf('}', i);
                if (end < 0) {
                    b.append(s.substring(i));
                    break;
                }
                String inner = s.substring(i + 2, end);
                int k = inner.indexOf(":-");
                String name = k > 0 ? inner.substring(0, k) : inner;
                String v = vars.get(name);
                b.append(v == null || v.isEmpty() ? (k > 0 ? inner.substring(k + 2) : "") : v);
                i = end + 1;
            } else if (c == '$' && i + 1 < s.length() && (Character.isLetter(s.charAt(i + 1)) || s.charAt(i + 1) == '_')) {
                int j = i + 1;
                while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) j++;
                b.append(vars.getOrDefault(s.substring(i + 1, j), ""));
                i = j;
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }
}
