package dockyard.learn.quiz;

import dockyard.content.quiz.Question;
import dockyard.learn.fsrs.Rating;
import dockyard.store.AnswerRow;
import dockyard.store.AttemptRow;
import dockyard.store.CardReview;
import dockyard.store.QuizStore;

import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Practice by topic: one question at a time, in the topic's order, each answer final and marked at once;
 * every answer schedules its question's FSRS card (right = Good, wrong = Again).
 */
public final class Practice {
    public static final String MODE = "practice";

    /** What the learner sees now on a topic's practice page. */
    public sealed interface Step permits Asking, Answered, Done {
    }

    /** @param number 1-based place of this question in the topic; {@code total} questions in the topic */
    public record Asking(long attemptId, int position, int number, int total, Asked question) implements Step {
    }

    public record Answered(long attemptId, int number, int total, Marked marked, boolean more) implements Step {
    }

    public record Done(long attemptId, int right, int answered) implements Step {
    }

    private final Quizzes quizzes;
    private final QuizStore store;
    private final Cards cards;
    private final Clock clock;

    public Practice(Quizzes quizzes, QuizStore store, Cards cards, Clock clock) {
        this.quizzes = quizzes;
        this.store = store;
        this.cards = cards;
        this.clock = clock;
    }

    /** The step to show; starts a practice run (with its first question) when there is none. */
    public Step current(long learnerId, String topic, String lang) {
        return current(learnerId, topic, lang, Set.of());
    }

    /** The step to show, with {@code picked} options ticked again (after an answer was refused for its count). */
    public Step current(long learnerId, String topic, String lang, Set<String> picked) {
        List<Question> questions = topicQuestions(topic);
        AttemptRow attempt = store.open(learnerId, MODE, topic).orElse(null);
        if (attempt == null) {
            long id = store.createAttempt(learnerId, MODE, null, topic, clock.millis(), null, List.of(questions.get(0).id()));
            attempt = store.attempt(id).orElseThrow();
        }
        List<AnswerRow> rows = store.answers(attempt.id());
        AnswerRow last = rows.get(rows.size() - 1);
        Question q = quizzes.bank().question(last.questionId()).orElse(null);
        if (q == null) {
            // the bank changed under this run (a question was removed): end it and start the topic afresh
            restart(learnerId, topic);
            return current(learnerId, topic, lang, Set.of());
        }
        if (!last.answered()) {
            return new Asking(attempt.id(), last.position(), rows.size(), questions.size(), Asked.of(q, lang, picked));
        }
        boolean more = nextQuestion(questions, rows) != null;
        return new Answered(attempt.id(), rows.size(), questions.size(),
                Marked.of(last.position(), q, lang, last.chosen(), false), more);
    }

    /** The summary of a practice run whose questions are all answered. */
    public Done summary(long learnerId, String topic) {
        AttemptRow attempt = store.open(learnerId, MODE, topic).orElseThrow(() -> QuizError.conflict("quiz.error.noPractice"));
        List<AnswerRow> rows = store.answers(attempt.id());
        int right = (int) rows.stream().filter(r -> Boolean.TRUE.equals(r.correct())).count();
        return new Done(attempt.id(), right, (int) rows.stream().filter(AnswerRow::answered).count());
    }

    /** Records a final answer. Refuses tampering (wrong learner, unknown option, second answer) before changing anything. */
    public void answer(long learnerId, String topic, long attemptId, int position, Collection<String> picked) {
        var found = store.answerAt(attemptId, position).orElse(null);
        if (found == null) {
            owned(learnerId, attemptId); // says whether the attempt or only the question is unknown, or not theirs
            throw QuizError.notFound("quiz.error.unknownQuestion");
        }
        AttemptRow attempt = found.getKey();
        if (attempt.learnerId() != learnerId) throw QuizError.forbidden("quiz.error.notYours");
        if (!MODE.equals(attempt.mode()) || !topic.equals(attempt.topic())) throw QuizError.notFound("quiz.error.unknownAttempt");
        if (attempt.finished()) throw QuizError.conflict("quiz.error.finished");
        AnswerRow row = found.getValue();
        if (row.answered()) throw QuizError.conflict("quiz.error.alreadyAnswered");
        Question q = quizzes.bank().question(row.questionId()).orElseThrow(() -> QuizError.notFound("quiz.error.unknownQuestion"));
        Set<String> chosen = Choices.check(q, picked, q.choose(), q.choose());
        boolean right = q.isRight(chosen);
        long now = clock.millis();
        CardReview card = cards.review(learnerId, Cards.questionKey(q.id()), right ? Rating.GOOD : Rating.AGAIN, now);
        if (!store.answerOnce(attemptId, position, Choices.join(chosen), right, now, card)) {
            throw QuizError.conflict("quiz.error.alreadyAnswered");
        }
    }

    /** Moves to the next question once the current one is answered; returns false when the topic is done. */
    public boolean next(long learnerId, String topic) {
        List<Question> questions = topicQuestions(topic);
        AttemptRow attempt = store.open(learnerId, MODE, topic).orElse(null);
        if (attempt == null) return true;
        List<AnswerRow> rows = store.answers(attempt.id());
        if (!rows.get(rows.size() - 1).answered()) return true;
        Question q = nextQuestion(questions, rows);
        if (q == null) return false;
        store.append(attempt.id(), q.id(), clock.millis());
        return true;
    }

    /** Ends the current run so the next visit starts the topic again. */
    public void restart(long learnerId, String topic) {
        topicQuestions(topic);
        store.open(learnerId, MODE, topic).ifPresent(a -> {
            List<AnswerRow> rows = store.answers(a.id());
            int right = (int) rows.stream().filter(r -> Boolean.TRUE.equals(r.correct())).count();
            store.finish(a.id(), clock.millis(), null, right, java.util.Map.of(), List.of());
        });
    }

    private List<Question> topicQuestions(String topic) {
        List<Question> questions = quizzes.bank().topic(topic);
        if (questions.isEmpty()) throw QuizError.notFound("quiz.error.unknownTopic");
        return questions;
    }

    private static Question nextQuestion(List<Question> questions, List<AnswerRow> rows) {
        Set<String> asked = new HashSet<>();
        for (AnswerRow r : rows) asked.add(r.questionId());
        return questions.stream().filter(q -> !asked.contains(q.id())).findFirst().orElse(null);
    }

    AttemptRow owned(long learnerId, long attemptId) {
        AttemptRow a = store.attempt(attemptId).orElseThrow(() -> QuizError.notFound("quiz.error.unknownAttempt"));
        if (a.learnerId() != learnerId) throw QuizError.forbidden("quiz.error.notYours");
        return a;
    }
}
