package dockyard.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The loaded course: parts in order, each with its lessons in order. Immutable.
 *
 * @param parts the parts as {@code course.yaml} lists them (lessons that failed to load are left out)
 * @param hash  SHA-256 (hex) of every file under {@code content/}, to tell whether the content changed
 */
public record Course(List<Part> parts, String hash) {
    public Course {
        parts = List.copyOf(parts);
    }

    /** A course with no lessons (no {@code content/} found). */
    public static Course empty() {
        return new Course(List.of(), "");
    }

    /** Every lesson in reading order. */
    public List<Lesson> lessons() {
        List<Lesson> all = new ArrayList<>();
        parts.forEach(p -> all.addAll(p.lessons()));
        return all;
    }

    public Optional<Lesson> lesson(String id) {
        return Optional.ofNullable(index().get(id));
    }

    /** The lesson before {@code id} in reading order, across parts. */
    public Optional<Lesson> previous(String id) {
        List<Lesson> all = lessons();
        for (int i = 1; i < all.size(); i++) if (all.get(i).id().equals(id)) return Optional.of(all.get(i - 1));
        return Optional.empty();
    }

    /** The lesson after {@code id} in reading order, across parts. */
    public Optional<Lesson> next(String id) {
        List<Lesson> all = lessons();
        for (int i = 0; i < all.size() - 1; i++) if (all.get(i).id().equals(id)) return Optional.of(all.get(i + 1));
        return Optional.empty();
    }

    public Optional<Part> part(String id) {
        return parts.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    private Map<String, Lesson> index() {
        Map<String, Lesson> byId = new LinkedHashMap<>();
        lessons().forEach(l -> byId.put(l.id(), l));
        return byId;
    }
}
