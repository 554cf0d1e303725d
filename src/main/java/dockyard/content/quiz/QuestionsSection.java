package dockyard.content.quiz;

import dockyard.content.ContentLoader;
import dockyard.content.ContentProblem;
import dockyard.content.ContentSection;
import dockyard.content.Lesson;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The questions section of {@code check-content}: every {@code content/quiz/*.yaml} question and the exam
 * blueprints in {@code content/exams.yaml}, with topics checked against the course's lesson ids.
 */
public final class QuestionsSection implements ContentSection {
    @Override
    public String name() {
        return "questions";
    }

    @Override
    public Result check(Path root) {
        dockyard.content.Course course = ContentLoader.load(root).course();
        Set<String> lessons = course.lessons().stream().map(Lesson::id).collect(Collectors.toSet());
        QuestionLoader.Result bank = QuestionLoader.load(root.resolve("quiz"), lessons);
        ExamBlueprints.Result exams = ExamBlueprints.load(root.resolve("exams.yaml"), lessons);
        List<ContentProblem> problems = new ArrayList<>();
        for (String p : bank.problems()) problems.add(problem(p));
        for (String p : exams.problems()) problems.add(problem(p));
        problems.addAll(SectionAnchors.problems(bank.bank().all(), course, q -> "content/quiz/" + q.topic() + ".yaml"));
        return new Result(bank.bank().size(), problems);
    }

    /** Our problems read "file: message"; ContentProblem keeps the two apart. */
    private static ContentProblem problem(String line) {
        int colon = line.indexOf(": ");
        return colon < 0 ? new ContentProblem("content/quiz", line) : new ContentProblem(line.substring(0, colon), line.substring(colon + 2));
    }
}
