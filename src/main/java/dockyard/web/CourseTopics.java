package dockyard.web;

import dockyard.content.Course;
import dockyard.content.Lesson;
import dockyard.content.quiz.Bilingual;
import dockyard.learn.quiz.KeyTerms;

import java.util.List;
import java.util.function.Supplier;

/** Lesson titles, order and key terms for the quiz, read from the course currently served. */
final class CourseTopics implements TopicTitles, KeyTerms {
    private final Supplier<Course> course;

    CourseTopics(Supplier<Course> course) {
        this.course = course;
    }

    @Override
    public String title(String topic, String lang) {
        return course.get().lesson(topic).map(l -> l.title().text(lang)).orElse(topic);
    }

    @Override
    public int order(String topic) {
        List<Lesson> lessons = course.get().lessons();
        for (int i = 0; i < lessons.size(); i++) if (lessons.get(i).id().equals(topic)) return i;
        return Integer.MAX_VALUE;
    }

    @Override
    public List<Term> of(String lessonId) {
        return course.get().lesson(lessonId).map(l -> l.keyTerms().stream()
                .map(t -> new Term(new Bilingual(t.term().ko(), t.term().en()), new Bilingual(t.definition().ko(), t.definition().en())))
                .toList()).orElse(List.of());
    }
}
