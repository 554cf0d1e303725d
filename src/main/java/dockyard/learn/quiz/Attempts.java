package dockyard.learn.quiz;

import dockyard.content.quiz.Question;
import dockyard.store.AnswerRow;
import dockyard.store.AttemptRow;
import dockyard.store.QuizStore;

import java.util.ArrayList;
import java.util.List;

/**
 * Reopening attempts: a finished attempt (and the answered questions of a practice run) with the learner's
 * answers, the right answers and every explanation. An exam still running is never shown this way.
 */
public final class Attempts {
    public record Detail(AttemptRow attempt, List<Marked> questions) {
    }

    private final Quizzes quizzes;
    private final QuizStore store;

    public Attempts(Quizzes quizzes, QuizStore store) {
        this.quizzes = quizzes;
        this.store = store;
    }

    public List<AttemptRow> list(long learnerId) {
        return store.attempts(learnerId).stream().filter(a -> a.finished() || !Exams.MODE.equals(a.mode())).toList();
    }

    public Detail detail(long learnerId, long attemptId, String lang) {
        AttemptRow a = store.attempt(attemptId).orElseThrow(() -> QuizError.notFound("quiz.error.unknownAttempt"));
        if (a.learnerId() != learnerId) throw QuizError.forbidden("quiz.error.notYours");
        if (Exams.MODE.equals(a.mode()) && !a.finished()) throw QuizError.conflict("exam.error.notFinished");
        List<Marked> out = new ArrayList<>();
        for (AnswerRow r : store.answers(attemptId)) {
            if (!Exams.MODE.equals(a.mode()) && !r.answered()) continue;
            Question q = quizzes.bank().question(r.questionId()).orElse(null);
            if (q == null) continue;
            out.add(Marked.of(r.position(), q, lang, r.chosen(), r.flagged()));
        }
        return new Detail(a, out);
    }
}
