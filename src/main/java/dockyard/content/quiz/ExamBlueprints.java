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
import java.util.Optional;
import java.util.Set;

/** Reads and checks {@code content/exams.yaml}: one blueprint per known exam code. */
public final class ExamBlueprints {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private final List<ExamBlueprint> exams;

    public record Result(ExamBlueprints blueprints, List<String> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    private ExamBlueprints(List<ExamBlueprint> exams) {
        this.exams = List.copyOf(exams);
    }

    public List<ExamBlueprint> all() {
        return exams;
    }

    public Optional<ExamBlueprint> exam(String code) {
        return exams.stream().filter(e -> e.code().equals(code)).findFirst();
    }

    /** @param lessonIds lesson ids a topic must be one of; {@code null} skips that check */
    public static Result load(Path file, Set<String> lessonIds) {
        List<String> problems = new ArrayList<>();
        List<ExamBlueprint> exams = new ArrayList<>();
        String name = "content/exams.yaml";
        if (file == null || !Files.isRegularFile(file)) {
            problems.add(name + ": missing (the mock exam needs one blueprint per exam)");
            return new Result(new ExamBlueprints(exams), problems);
        }
        JsonNode root;
        try {
            root = YAML.readTree(Files.readString(file));
        } catch (IOException | RuntimeException e) {
            problems.add(name + ": not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
            return new Result(new ExamBlueprints(exams), problems);
        }
        for (JsonNode e : root.path("exams")) {
            String code = e.path("code").asText("");
            String who = name + ": exam '" + code + "'";
            if (!QuestionLoader.EXAMS.contains(code)) problems.add(who + ": unknown exam code");
            int sum = 0;
            Set<String> topics = new HashSet<>();
            List<ExamBlueprint.Domain> domains = new ArrayList<>();
            for (JsonNode d : e.path("domains")) {
                String id = d.path("id").asText("");
                int weight = d.path("weight").asInt(0);
                sum += weight;
                if (weight <= 0) problems.add(who + ": domain '" + id + "' needs a positive weight");
                List<String> ts = new ArrayList<>();
                for (JsonNode t : d.path("topics")) {
                    String topic = t.asText();
                    if (!topics.add(topic)) problems.add(who + ": topic '" + topic + "' is in two domains");
                    if (lessonIds != null && !lessonIds.contains(topic)) problems.add(who + ": topic '" + topic + "' is not a lesson id");
                    ts.add(topic);
                }
                domains.add(new ExamBlueprint.Domain(id, text(d.path("title")), weight, ts));
            }
            if (sum != 100) problems.add(who + ": domain weights add up to " + sum + ", not 100");
            exams.add(new ExamBlueprint(code, text(e.path("title")), e.path("guide").asText(""), domains));
        }
        for (String code : QuestionLoader.EXAMS) {
            if (exams.stream().noneMatch(x -> x.code().equals(code))) problems.add(name + ": no blueprint for " + code);
        }
        return new Result(new ExamBlueprints(exams), problems);
    }

    private static Bilingual text(JsonNode n) {
        return new Bilingual(n.path("ko").asText(""), n.path("en").asText(""));
    }
}
