package dockyard.content;

import java.util.List;

/** A part of the course: a titled group of lessons in reading order. */
public record Part(String id, Localized title, List<Lesson> lessons) {
    public Part {
        lessons = List.copyOf(lessons);
    }
}
