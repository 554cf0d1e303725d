package dockyard.content.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Every loaded question, by id and by topic (a lesson id); immutable. */
public final class QuestionBank {
    private final Map<String, Question> byId;
    private final Map<String, List<Question>> byTopic;

    public QuestionBank(List<Question> questions) {
        Map<String, Question> ids = new LinkedHashMap<>();
        Map<String, List<Question>> topics = new TreeMap<>();
        for (Question q : questions) {
            ids.putIfAbsent(q.id(), q);
            topics.computeIfAbsent(q.topic(), t -> new ArrayList<>()).add(q);
        }
        topics.replaceAll((t, qs) -> List.copyOf(qs));
        this.byId = Collections.unmodifiableMap(ids);
        this.byTopic = Collections.unmodifiableMap(topics);
    }

    public static QuestionBank empty() {
        return new QuestionBank(List.of());
    }

    public Optional<Question> question(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** The topic's questions in file order; empty for an unknown topic. */
    public List<Question> topic(String topic) {
        return byTopic.getOrDefault(topic, List.of());
    }

    /** Topic ids that have at least one question, sorted. */
    public List<String> topics() {
        return List.copyOf(byTopic.keySet());
    }

    public List<Question> all() {
        return List.copyOf(byId.values());
    }

    public int size() {
        return byId.size();
    }
}
