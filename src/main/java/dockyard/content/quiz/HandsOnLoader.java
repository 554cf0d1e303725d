package dockyard.content.quiz;

import com.fasterxml.jackson.databind.JsonNode;
import dockyard.content.Localized;
import dockyard.content.Yaml;
import dockyard.content.exercise.CheckCommand;
import dockyard.content.exercise.ExerciseMarkdown;
import dockyard.content.exercise.Goal;
import dockyard.content.exercise.GoalReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads {@code content/hands-on/*.yaml} (format: docs/content-format.md, "Hands-on questions") into questions of
 * type {@link Question.Type#HANDS_ON}, listing every problem as "file: message". A question with a problem is left
 * out. Whether setup and solution really play out is checked by the hands-on section of {@code check-content}.
 */
public final class HandsOnLoader {
    /** Short enough that "{id}@{attempt}/{position}" fits the sandbox table's 100-character key. */
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final int MAX_ID = 60;
    private static final Set<String> KEYS = Set.of("id", "topic", "difficulty", "domains", "section", "doc", "prompt",
            "setup", "checks", "ask", "solution", "answer", "explanation");

    private HandsOnLoader() {
    }

    /**
     * Loads every {@code *.yaml} in {@code folder} (a missing folder has none).
     *
     * @param lessonIds the lesson ids a topic must be one of; {@code null} skips that check
     * @param taken     ids already used by the bank's other questions; the loaded ids are added to it
     */
    public static List<Question> load(Path folder, Set<String> lessonIds, Set<String> taken, List<String> problems) {
        List<Question> out = new ArrayList<>();
        if (folder == null || !Files.isDirectory(folder)) return out;
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> !Files.isDirectory(p)).sorted().toList();
        } catch (IOException e) {
            problems.add("content/hands-on: cannot list the folder: " + e.getMessage());
            return out;
        }
        for (Path file : files) {
            String name = "content/hands-on/" + file.getFileName();
            if (!name.endsWith(".yaml")) {
                problems.add(name + ": only {id}.yaml files belong in content/hands-on");
                continue;
            }
            List<String> mine = new ArrayList<>();
            Question q = read(file, lessonIds, taken, mine);
            mine.forEach(m -> problems.add(name + ": " + m));
            if (mine.isEmpty() && q != null) out.add(q);
        }
        return out;
    }

    private static Question read(Path file, Set<String> lessonIds, Set<String> taken, List<String> problems) {
        JsonNode n;
        try {
            n = Yaml.mapper().readTree(Files.readAllBytes(file));
        } catch (IOException | RuntimeException e) {
            problems.add("not valid YAML: " + firstLine(e.getMessage()));
            return null;
        }
        if (n == null || !n.isObject()) {
            problems.add("expected a mapping with " + KEYS.stream().sorted().toList());
            return null;
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!KEYS.contains(k)) problems.add("unknown key '" + k + "'; known keys: " + KEYS.stream().sorted().toList());
        }
        String stem = file.getFileName().toString().replaceFirst("\\.yaml$", "");
        String id = n.path("id").asText("");
        if (!ID.matcher(id).matches() || id.length() > MAX_ID) problems.add("id '" + id + "' must be lower-case words joined by '-', at most " + MAX_ID + " characters");
        else if (!id.equals(stem)) problems.add("id '" + id + "' does not match the file name '" + stem + ".yaml'");
        else if (!taken.add(id)) problems.add("id '" + id + "' is already used by another question");
        String topic = n.path("topic").asText("");
        if (topic.isBlank()) problems.add("'topic' is missing");
        else if (lessonIds != null && !lessonIds.contains(topic)) problems.add("topic '" + topic + "' is not a lesson id");
        int difficulty = n.path("difficulty").asInt(0);
        List<String> domains = QuestionValidator.examFields(n, "", problems);
        String doc = n.path("doc").asText("");
        Localized prompt = GoalReader.localized(n, "prompt", problems, "");
        Localized explanation = GoalReader.localized(n, "explanation", problems, "");
        String setup = script(n, "setup", false, problems);
        String solution = script(n, "solution", true, problems);
        List<Goal> checks = n.has("checks") ? GoalReader.goals(n.path("checks"), problems).stream().toList() : List.of();
        HandsOn.Ask ask = n.has("ask") ? ask(n.path("ask"), problems) : null;
        if (!n.has("checks") && !n.has("ask")) problems.add("needs 'checks', 'ask' or both: there is nothing to mark");
        JsonNode answer = n.get("answer");
        boolean hasAnswer = answer != null && answer.isValueNode() && !answer.asText().isBlank();
        if (n.has("ask") && !hasAnswer) problems.add("'answer' must give what ask.check prints after the solution");
        if (!n.has("ask") && answer != null) problems.add("'answer' belongs with 'ask'; this question has none");
        if (!problems.isEmpty()) return null;
        HandsOn handsOn = new HandsOn(ExerciseMarkdown.render(prompt), setup, checks, ask, solution,
                hasAnswer ? answer.asText() : null, ExerciseMarkdown.render(explanation));
        return new Question(id, topic, Question.Type.HANDS_ON, 0, difficulty, domains, n.path("section").asText(""), doc,
                new Bilingual(prompt.ko(), prompt.en()), List.of(), handsOn);
    }

    private static HandsOn.Ask ask(JsonNode n, List<String> problems) {
        if (!n.isObject()) {
            problems.add("'ask' must be a mapping with label and check");
            return null;
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!k.equals("label") && !k.equals("check")) problems.add("ask: unknown key '" + k + "'; ask has label and check");
        }
        Localized label = GoalReader.localized(n, "label", problems, "ask: ");
        String check = n.path("check").asText("");
        CheckCommand.problem(check).ifPresent(p -> problems.add("ask: " + p));
        return label == null ? null : new HandsOn.Ask(label, check);
    }

    private static String script(JsonNode n, String key, boolean required, List<String> problems) {
        JsonNode s = n.get(key);
        if (s == null || s.isNull()) {
            if (required) problems.add("'" + key + "' must be a block of commands (" + key + ": |)");
            return "";
        }
        if (!s.isTextual() || (required && s.asText().isBlank())) {
            problems.add("'" + key + "' must be a block of commands (" + key + ": |)");
            return "";
        }
        return s.asText();
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
