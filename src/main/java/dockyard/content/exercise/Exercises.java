package dockyard.content.exercise;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every loaded exercise, in file-name order, found by id or by lesson. Immutable. */
public final class Exercises {
    private final Map<String, Exercise> byId = new LinkedHashMap<>();

    public Exercises(List<Exercise> exercises) {
        exercises.forEach(e -> byId.put(e.id(), e));
    }

    public static Exercises empty() {
        return new Exercises(List.of());
    }

    public List<Exercise> all() {
        return List.copyOf(byId.values());
    }

    public Optional<Exercise> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The exercises of one lesson, in file-name order. */
    public List<Exercise> forLesson(String lessonId) {
        return byId.values().stream().filter(e -> e.lesson().equals(lessonId)).toList();
    }

    public int size() {
        return byId.size();
    }
}
