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
        Localized title = GoalReader.localized(root, "title", problems, "");
        Localized brief = GoalReader.localized(root, "brief", problems, "");
        Localized explanation = GoalReader.localized(root, "explanation", problems, "");
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
        List<Goal> goals = GoalReader.goals(root.path("goals"), problems);
        List<Localized> hints = hints(root.path("hints"), problems);
        if (!problems.isEmpty()) return null;
        return new Exercise(id, lesson, title, ExerciseMarkdown.render(brief), setup, goals, hints,
                solutionNode.asText(), ExerciseMarkdown.render(explanation));
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
            Localized l = GoalReader.bilingual(h, "hint " + n, problems);
            if (l != null) hints.add(ExerciseMarkdown.render(l));
        }
        return hints;
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
