package dockyard.learn;

import dockyard.content.Course;
import dockyard.content.Lesson;
import dockyard.content.Part;
import dockyard.store.ProgressRepository;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A learner's progress through the course: lessons opened and lessons marked done, kept in SQLite so it
 * survives restarts. Lessons no longer in the course are ignored in the counts.
 */
public final class Progress {
    /** Done and total lessons of one part. */
    public record PartProgress(Part part, int done, int total) {
        public int percent() {
            return total == 0 ? 0 : done * 100 / total;
        }
    }

    /**
     * The course map's view of a learner.
     *
     * @param done       ids of lessons marked done
     * @param resume     where to continue: the last lesson read and not done, else the next lesson not done
     * @param resumeRead whether {@code resume} was opened before ("continue") or not ("start")
     */
    public record Overview(List<PartProgress> parts, java.util.Set<String> done, int doneCount, int total,
                           Optional<Lesson> resume, boolean resumeRead) {
        public int percent() {
            return total == 0 ? 0 : doneCount * 100 / total;
        }

        public boolean isDone(String lessonId) {
            return done.contains(lessonId);
        }
    }

    static final long NOTE_EVERY_MS = 15_000;
    private static final int MAX_REMEMBERED = 50_000;
    private final ProgressRepository repository;
    private final Clock clock;
    private final java.util.concurrent.ConcurrentHashMap<String, Long> recentlyNoted = new java.util.concurrent.ConcurrentHashMap<>();

    public Progress(ProgressRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * Notes that the learner opened the lesson; returns whether they marked it done before. A lesson reopened
     * within {@value #NOTE_EVERY_MS} ms is not written again (reloads and quick back-and-forth cost a read,
     * not a write on the single SQLite writer).
     */
    public boolean opened(long learnerId, String lessonId) {
        long now = clock.millis();
        String key = learnerId + ":" + lessonId;
        Long last = recentlyNoted.get(key);
        if (last != null && now - last < NOTE_EVERY_MS) return repository.isDone(learnerId, lessonId);
        if (recentlyNoted.size() >= MAX_REMEMBERED) recentlyNoted.clear();
        recentlyNoted.put(key, now);
        return repository.read(learnerId, lessonId, now);
    }

    /** Marks the lesson done, or not done again. */
    public void mark(long learnerId, String lessonId, boolean done) {
        repository.done(learnerId, lessonId, done, clock.millis());
    }

    public Overview overview(long learnerId, Course course) {
        Map<String, ProgressRepository.Row> rows = new HashMap<>();
        repository.forLearner(learnerId).forEach(r -> rows.put(r.lessonId(), r));
        List<Lesson> lessons = course.lessons();
        java.util.Set<String> done = new java.util.HashSet<>();
        for (Lesson l : lessons) {
            ProgressRepository.Row r = rows.get(l.id());
            if (r != null && r.doneAt() != null) done.add(l.id());
        }
        List<PartProgress> parts = course.parts().stream()
                .map(p -> new PartProgress(p, (int) p.lessons().stream().filter(l -> done.contains(l.id())).count(), p.lessons().size()))
                .toList();
        Optional<Lesson> lastReadNotDone = lessons.stream()
                .filter(l -> rows.containsKey(l.id()) && !done.contains(l.id()))
                .max((a, b) -> Long.compare(rows.get(a.id()).lastReadAt(), rows.get(b.id()).lastReadAt()));
        if (lastReadNotDone.isPresent()) return new Overview(parts, done, done.size(), lessons.size(), lastReadNotDone, true);
        int lastTouched = -1;
        long latest = Long.MIN_VALUE;
        for (int i = 0; i < lessons.size(); i++) {
            ProgressRepository.Row r = rows.get(lessons.get(i).id());
            if (r != null && r.lastReadAt() >= latest) {
                latest = r.lastReadAt();
                lastTouched = i;
            }
        }
        Optional<Lesson> next = Optional.empty();
        for (int k = 1; k <= lessons.size() && next.isEmpty(); k++) {
            Lesson candidate = lessons.get((lastTouched + k) % lessons.size());
            if (!done.contains(candidate.id())) next = Optional.of(candidate);
        }
        return new Overview(parts, done, done.size(), lessons.size(), next, false);
    }
}
