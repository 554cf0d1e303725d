package dockyard.content.quiz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads {@code content/quiz/*.yaml} (format: docs/content-format.md) into a {@link QuestionBank} and lists
 * every problem found, each naming its file and question. A question with a problem is left out of the bank.
 */
public final class QuestionLoader {
    /** The associate exams a question may serve. */
    public static final Set<String> EXAMS = Set.of("SAA-C03", "DVA-C02", "SOA-C03");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** The bank and the problems; {@code problems} is empty when the content is valid. */
    public record Result(QuestionBank bank, List<String> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    private QuestionLoader() {
    }

    /**
     * Loads every {@code *.yaml} in {@code folder} (a missing folder is an empty bank).
     *
     * @param lessonIds the lesson ids a topic must be one of; {@code null} skips that check
     */
    public static Result load(Path folder, Set<String> lessonIds) {
        List<String> problems = new ArrayList<>();
        List<Question> questions = new ArrayList<>();
        if (folder == null || !Files.isDirectory(folder)) return new Result(QuestionBank.empty(), problems);
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            problems.add(folder + ": cannot list the folder: " + e.getMessage());
            return new Result(QuestionBank.empty(), problems);
        }
        Set<String> seen = new HashSet<>();
        for (Path file : files) {
            String name = "content/quiz/" + file.getFileName();
            JsonNode root;
            try {
                root = YAML.readTree(Files.readString(file));
            } catch (IOException | RuntimeException e) {
                problems.add(name + ": not valid YAML: " + firstLine(e.getMessage()));
                continue;
            }
            readFile(name, stem(file), root, lessonIds, seen, questions, problems);
        }
        return new Result(new QuestionBank(questions), problems);
    }

    private static void readFile(String name, String stem, JsonNode root, Set<String> lessonIds, Set<String> seen,
                                 List<Question> out, List<String> problems) {
        if (root == null || !root.isObject()) {
            problems.add(name + ": expected a mapping with 'topic' and 'questions'");
            return;
        }
        String topic = root.path("topic").asText("");
        if (topic.isBlank()) {
            problems.add(name + ": 'topic' is missing");
            return;
        }
        if (!topic.equals(stem)) problems.add(name + ": topic '" + topic + "' does not match the file name '" + stem + ".yaml'");
        if (lessonIds != null && !lessonIds.contains(topic)) problems.add(name + ": topic '" + topic + "' is not a lesson id");
        JsonNode list = root.path("questions");
        if (!list.isArray() || list.isEmpty()) {
            problems.add(name + ": 'questions' must be a non-empty list");
            return;
        }
        int index = 0;
        for (JsonNode node : list) {
            index++;
            List<String> mine = new ArrayList<>();
            Question q = QuestionValidator.read(topic, node, index, seen, mine);
            for (String m : mine) problems.add(name + ": " + m);
            if (mine.isEmpty() && q != null) out.add(q);
        }
    }

    /**
     * The whole bank: the multiple-choice questions of {@code content/quiz} and the hands-on questions of
     * {@code content/hands-on} (after them within each topic), with every problem of both.
     *
     * @param content   the content folder, or null for an empty bank
     * @param lessonIds the lesson ids a topic must be one of; {@code null} skips that check
     */
    public static Result loadAll(Path content, Set<String> lessonIds) {
        Result choice = load(content == null ? null : content.resolve("quiz"), lessonIds);
        List<String> problems = new ArrayList<>(choice.problems());
        Set<String> taken = new HashSet<>();
        choice.bank().all().forEach(q -> taken.add(q.id()));
        List<Question> all = new ArrayList<>(choice.bank().all());
        all.addAll(HandsOnLoader.load(content == null ? null : content.resolve("hands-on"), lessonIds, taken, problems));
        return new Result(new QuestionBank(all), problems);
    }

    static String stem(Path file) {
        String n = file.getFileName().toString();
        return n.substring(0, n.length() - ".yaml".length());
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
