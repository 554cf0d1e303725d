package dockyard.content.quiz;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads and checks one question node; each problem is a sentence naming the question. */
final class QuestionValidator {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,98}");
    private static final Pattern OPTION_ID = Pattern.compile("[a-z]");

    private QuestionValidator() {
    }

    static Question read(String topic, JsonNode n, int index, Set<String> seenIds, List<String> problems) {
        String id = n.path("id").asText("");
        String who = id.isBlank() ? "question #" + index : "question '" + id + "'";
        if (!ID.matcher(id).matches()) problems.add(who + ": 'id' must be lower-case letters, digits and dashes");
        else if (!seenIds.add(id)) problems.add(who + ": the id is used twice in the bank");

        String typeText = n.path("type").asText("");
        Question.Type type = switch (typeText) {
            case "single" -> Question.Type.SINGLE;
            case "multiple" -> Question.Type.MULTIPLE;
            default -> {
                problems.add(who + ": 'type' must be single or multiple, not '" + typeText + "'");
                yield null;
            }
        };
        int choose = n.path("choose").asInt(type == Question.Type.SINGLE ? 1 : 0);
        if (type == Question.Type.SINGLE && choose != 1) problems.add(who + ": a single-answer question has choose: 1");
        if (type == Question.Type.MULTIPLE && (choose < 2 || choose > 3)) problems.add(who + ": a multiple-response question has choose: 2 or 3");

        int difficulty = n.path("difficulty").asInt(0);
        List<String> domains = examFields(n, who + ": ", problems);
        String doc = n.path("doc").asText("");
        String section = n.path("section").asText("");

        Bilingual prompt = bilingual(n.path("prompt"), who + ": prompt", problems);
        List<Option> options = new ArrayList<>();
        Set<String> optionIds = new HashSet<>();
        int correct = 0;
        for (JsonNode o : n.path("options")) {
            String oid = o.path("id").asText("");
            String owho = who + ": option '" + oid + "'";
            if (!OPTION_ID.matcher(oid).matches()) problems.add(owho + ": option ids are single lower-case letters");
            else if (!optionIds.add(oid)) problems.add(owho + ": the option id is used twice");
            if (!o.path("correct").isBoolean()) problems.add(owho + ": 'correct' must be true or false");
            boolean right = o.path("correct").asBoolean(false);
            if (right) correct++;
            Bilingual text = bilingual(o.path("text"), owho + ": text", problems);
            Bilingual why = bilingual(o.path("why"), owho + ": why (the explanation)", problems);
            options.add(new Option(oid, right, text, why));
        }
        int expectedOptions = choose + 3;
        if (type != null && choose >= 1 && choose <= 3 && options.size() != expectedOptions) {
            problems.add(who + ": has " + options.size() + " options; choose: " + choose + " needs " + expectedOptions);
        }
        if (type != null && correct != choose) problems.add(who + ": " + correct + " options are marked correct but choose is " + choose);
        if (!problems.isEmpty()) return null;
        return new Question(id, topic, type, choose, difficulty, domains, section, doc, prompt, options);
    }

    /**
     * Checks what every question has, multiple-choice or hands-on: {@code difficulty} 1–3, {@code domains} from the
     * known exams, {@code doc} an https link. Returns the domains, each once.
     */
    static List<String> examFields(JsonNode n, String prefix, List<String> problems) {
        int difficulty = n.path("difficulty").asInt(0);
        if (difficulty < 1 || difficulty > 3) problems.add(prefix + "'difficulty' must be 1, 2 or 3");
        List<String> domains = new ArrayList<>();
        if (!n.path("domains").isArray() || n.path("domains").isEmpty()) problems.add(prefix + "'domains' must list at least one of " + QuestionLoader.EXAMS);
        for (JsonNode d : n.path("domains")) {
            if (!QuestionLoader.EXAMS.contains(d.asText())) problems.add(prefix + "unknown domain '" + d.asText() + "' (known: SAA-C03, DVA-C02, SOA-C03)");
            else if (!domains.contains(d.asText())) domains.add(d.asText());
        }
        if (!n.path("doc").asText("").startsWith("https://")) problems.add(prefix + "'doc' must be an https:// documentation link");
        return domains;
    }

    private static Bilingual bilingual(JsonNode n, String what, List<String> problems) {
        String ko = n.path("ko").asText("").strip();
        String en = n.path("en").asText("").strip();
        if (ko.isEmpty()) problems.add(what + " has no Korean (ko) text");
        if (en.isEmpty()) problems.add(what + " has no English (en) text");
        return new Bilingual(ko, en);
    }
}
