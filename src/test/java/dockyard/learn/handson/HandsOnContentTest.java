package dockyard.learn.handson;

import dockyard.content.ContentLoader;
import dockyard.content.ContentSection;
import dockyard.content.Course;
import dockyard.content.quiz.Question;
import dockyard.content.quiz.QuestionLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The course's own hands-on questions (content/hands-on): each plays out, and every part of the course has one. */
class HandsOnContentTest {
    private static final Path CONTENT = Path.of("content");

    @Test
    void everyHandsOnQuestionPlaysOutFromEverySeed() {
        ContentSection.Result r = new HandsOnSection().check(CONTENT);
        assertThat(r.problems()).isEmpty();
        assertThat(r.count()).isPositive();
    }

    @Test
    void everyPartOfTheCourseHasAtLeastOneHandsOnQuestion() {
        Course course = ContentLoader.load(CONTENT).course();
        Set<String> topics = QuestionLoader.loadAll(CONTENT, null).bank().all().stream()
                .filter(Question::handsOnQuestion).map(Question::topic).collect(Collectors.toSet());
        for (var part : course.parts()) {
            assertThat(part.lessons().stream().map(l -> l.id()).anyMatch(topics::contains))
                    .as("part " + part.id() + " has a hands-on question").isTrue();
        }
    }
}
