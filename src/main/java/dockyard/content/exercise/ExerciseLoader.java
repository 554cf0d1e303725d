package dockyard.content.exercise;

import com.fasterxml.jackson.databind.JsonNode;
import dockyard.content.ContentProblem;
import dockyard.content.Localized;
import dockyard.content.Yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads {@code content/exercises/*.yaml} (format: docs/content-format.md, "Exercises") and lists every problem,
 * each naming its file. An exercise with a problem is left out; the others load.
 */
public final class ExerciseLoader {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Set<String> KEYS = Set.of("id", "lesson", "title", "brief", "setup", "goals", "hints", "solution", "explanation");

    /** The exercises that loaded and the problems found, in file order. */
    public record Result(Exercises exercises, List<ContentProblem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    private ExerciseLoader() {
    }

    /**
     * Loads every {@code *.yaml} in {@code folder} (a missing folder has no exercises).
     *
     * @param lessonIds the lesson ids an exercise may belong to
     */
    public static Result load(Path folder, Set<String> lessonIds) {
        List<ContentProblem> problems = new ArrayList<>();
        List<Exercise> loaded = new ArrayList<>();
        if (folder == null || !Files.isDirectory(folder)) return new Result(Exercises.empty(), problems);
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> !Files.isDirectory(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path file : files) {
            String name = "content/exercises/" + file.getFileName().toString().replace("/", "");
            if (!name.endsWith(".yaml")) {
                problems.add(new ContentProblem(name, "only {id}.yaml files belong in content/exercises"));
                continue;
            }
            List<String> mine = new ArrayList<>();
            Exercise e = read(file, lessonIds, mine);
            mine.forEach(m -> problems.add(new ContentProblem(name, m)));
            if (mine.isEmpty() && e != null) loaded.add(e);
        }
        return new Result(new Exercises(loaded), problems);
    }

    private static Exercise read(Path file, Set<String> lessonIds, List<String> problems) {
        JsonNode root;
        try {
            root = Yaml.mapper().readTree(Files.readAllBytes(file));
        } catch (IOException | RuntimeException e) {
            problems.add("not valid YAML: " + firstLine(e.getMessage()));
            return null;
        }
        if (root == null || !root.isObject()) {
            problems.add("expected a mapping with id, lesson, title, brief, setup, goals, hints, solution, explanation");
            return null;
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!KEYS.contains(k)) problems.add("unknown key '" + k + "'; known keys: " + KEYS.stream().sorted().toList());
        }
        String stem = file.getFileName().toString().replaceFirst("\\.yaml$", "");
        String id = root.path("id").asText("");
        if (id.isBlank()) problems.add("'id' is missing");
        else if (!ID.matcher(id).matches()) problems.add("id '" + id + "' must be lower-case words joined by '-'");
        else if (!id.equals(stem)) problems.add("id '" + id + "' does not match the file name '" + stem + ".yaml'");
        String lesson = root.path("lesson").asText("");
        if (lesson.isBlank()) problems.add("'lesson' is missing");
        else if (!lessonIds.contains(lesson)) problems.add("lesson '" + lesson + "' is not a lesson id of content/course.yaml");
        Localized title = localized(root, "title", problems);
        Localized brief = localized(root, "brief", problems);
        Localized explanation = localized(root, "explanation", problems);
        JsonNode setupNode = root.path("setup");
        String setup = "";
        if (!setupNode.isMissingNode() && !setupNode.isNull()) {
            if (!setupNode.isTextual()) problems.add("'setup' must be a block of commands (a YAML string, e.g. setup: |)");
            else setup = setupNode.asText();
        }
        JsonNode solutionNode = root.path("solution");
        if (!solutionNode.isTextual() || solutionNode.asText().isBlank()) {
            problems.add("'solution' must be a block of commands that reaches every goal (solution: |)");
        }
        List<Goal> goals = goals(root.path("goals"), problems);
        List<Localized> hints = hints(root.path("hints"), problems);
        if (!problems.isEmpty()) return null;
        return new Exercise(id, lesson, title, ExerciseMarkdown.render(brief), setup, goals, hints,
                solutionNode.asText(), ExerciseMarkdown.render(explanation));
    }

    private static List<Goal> goals(JsonNode list, List<String> problems) {
        List<Goal> goals = new ArrayList<>();
        if (!list.isArray() || list.isEmpty()) {
            problems.add("'goals' must be a non-empty list");
            return goals;
        }
        int n = 0;
        for (JsonNode g : list) {
            n++;
            String where = "goal " + n;
            if (!g.isObject()) {
                problems.add(where + ": expected a mapping with text, check and one comparison");
                continue;
            }
            Localized text = localized(g, "text", problems, where + ": ");
            String check = g.path("check").asText("");
            CheckCommand.problem(check).ifPresent(p -> problems.add(where + ": " + p));
            List<Comparison> found = new ArrayList<>();
            for (Iterator<String> it = g.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (k.equals("text") || k.equals("check")) continue;
                Comparison c = comparison(k);
                if (c == null) problems.add(where + ": unknown key '" + k + "'; a goal has text, check and one of " + keys());
                else found.add(c);
            }
            if (found.size() != 1) {
                problems.add(where + ": needs exactly one expected value (" + keys() + "), found " + found.size());
                continue;
            }
            Comparison c = found.get(0);
            JsonNode expected = g.get(c.key());
            if (expected == null || expected.isNull() || (expected.isTextual() && expected.asText().isEmpty())) {
                problems.add(where + ": '" + c.key() + "' has no expected value");
                continue;
            }
            if (c.numeric() && !expected.isNumber()) {
                problems.add(where + ": '" + c.key() + "' compares numbers; write a number, not '" + expected.asText() + "'");
                continue;
            }
            if (text != null) goals.add(new Goal(text, check, c, expected));
        }
        return goals;
    }

    private static List<Localized> hints(JsonNode list, List<String> problems) {
        List<Localized> hints = new ArrayList<>();
        if (!list.isArray() || list.isEmpty()) {
            problems.add("'hints' must be a non-empty list, from a nudge to nearly the answer");
            return hints;
        }
        int n = 0;
        for (JsonNode h : list) {
            n++;
            Localized l = bilingual(h, "hint " + n, problems);
            if (l != null) hints.add(ExerciseMarkdown.render(l));
        }
        return hints;
    }

    private static Localized localized(JsonNode parent, String key, List<String> problems) {
        return localized(parent, key, problems, "");
    }

    private static Localized localized(JsonNode parent, String key, List<String> problems, String prefix) {
        JsonNode n = parent.get(key);
        if (n == null || n.isNull()) {
            problems.add(prefix + "'" + key + "' is missing (write {ko: …, en: …})");
            return null;
        }
        return bilingual(n, prefix + "'" + key + "'", problems);
    }

    private static Localized bilingual(JsonNode n, String what, List<String> problems) {
        if (!n.isObject()) {
            problems.add(what + " must be {ko: …, en: …}");
            return null;
        }
        Localized l = new Localized(n.path("ko").isTextual() ? n.path("ko").asText() : null,
                n.path("en").isTextual() ? n.path("en").asText() : null);
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!k.equals("ko") && !k.equals("en")) problems.add(what + ": unknown language '" + k + "' (ko and en only)");
        }
        if (l.ko() == null || l.ko().isBlank()) problems.add(what + " has no Korean (ko)");
        if (l.en() == null || l.en().isBlank()) problems.add(what + " has no English (en)");
        return l.complete() ? l : null;
    }

    private static Comparison comparison(String key) {
        for (Comparison c : Comparison.values()) if (c.key().equals(key)) return c;
        return null;
    }

    private static String keys() {
        return String.join(", ", Stream.of(Comparison.values()).map(Comparison::key).toList());
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
