package dockyard.web;

import java.util.List;

/**
 * What other features add to a lesson page: each slice that has practice for a lesson (exercises, quizzes)
 * registers one in {@link WebServer}; the page lists their links under "Practise".
 */
@FunctionalInterface
public interface LessonExtras {
    List<LessonLink> linksFor(String lessonId, String lang);

    /** The links for one learner (e.g. with "solved" on an exercise); by default the same for everyone. */
    default List<LessonLink> linksFor(String lessonId, String lang, long learnerId) {
        return linksFor(lessonId, lang);
    }
}
