package dockyard.learn.quiz;

import dockyard.content.quiz.ExamBlueprints;
import dockyard.content.quiz.QuestionBank;

/** The loaded quiz content: the question bank and the exam blueprints. */
public record Quizzes(QuestionBank bank, ExamBlueprints blueprints) {
}
