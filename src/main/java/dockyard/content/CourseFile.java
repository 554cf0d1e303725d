package dockyard.content;

import java.util.List;

/** {@code content/course.yaml} as written: parts, each listing lesson ids in reading order. */
record CourseFile(List<PartEntry> parts) {
    record PartEntry(String id, Localized title, List<String> lessons) {
    }
}
