package dockyard.learn.quiz;

import dockyard.content.quiz.Question;
import dockyard.learn.fsrs.Rating;
import dockyard.store.AnswerRow;
import dockyard.store.AttemptRow;
import dockyard.store.CardRow;
import dockyard.store.CardStore;
import dockyard.store.CardReview;
import dockyard.store.QuizStore;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The spaced-repetition session: the learner's cards due today (UTC), then new key-term cards of the lessons
 * they have marked done or practised (at most {@link #NEW_TERMS_PER_DAY} a day). A question card is answered like practice
 * and rated from the answer (right = Good, wrong = Again); a key-term card is rated by the learner.
 */
public final class Reviews {
    public static final String MODE = "review";
    public static final int NEW_TERMS_PER_DAY = 10;

    public sealed interface Step permits QuestionCard, TermCard, Empty {
    }

    public record QuestionCard(long attemptId, int position, Asked question) implements Step {
    }

    public record TermCard(String key, String lessonId, String term, String definition, boolean fresh) implements Step {
    }

    public record Empty(int dueLater) implements Step {
    }

    private final Quizzes quizzes;
    private final QuizStore store;
    private final CardStore cardStore;
    private final Cards cards;
    private final KeyTerms terms;
    private final java.util.function.LongFunction<Collection<String>> lessonsOpened;
    private final Clock clock;

    /** @param lessonsOpened the ids of the lessons a learner has marked done */
    public Reviews(Quizzes quizzes, QuizStore store, CardStore cardStore, Cards cards, KeyTerms terms,
                   java.util.function.LongFunction<Collection<String>> lessonsOpened, Clock clock) {
        this.quizzes = quizzes;
        this.store = store;
        this.cardStore = cardStore;
        this.cards = cards;
        this.terms = terms;
        this.lessonsOpened = lessonsOpened;
        this.clock = clock;
    }

    /** Cards to review today: due ones plus the new key terms on offer. */
    public int dueToday(long learnerId) {
        return cardStore.countDue(learnerId, endOfToday()) + newTerms(learnerId).size();
    }

    public Step next(long learnerId, String lang) {
        return next(learnerId, lang, Set.of());
    }

    /** The next step, with {@code picked} options ticked again on a question card (after a refused count). */
    public Step next(long learnerId, String lang, Set<String> picked) {
        AttemptRow session = store.open(learnerId, MODE, null).orElse(null);
        if (session != null) {
            List<AnswerRow> rows = store.answers(session.id());
            AnswerRow last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            if (last != null && !last.answered()) {
                Question q = quizzes.bank().question(last.questionId()).orElse(null);
                if (q != null) return new QuestionCard(session.id(), last.position(), Asked.of(q, lang, picked));
            }
        }
        for (CardRow due : cardStore.due(learnerId, endOfToday(), 50)) {
            Step s = stepFor(learnerId, due.key(), lang, session, false);
            if (s != null) return s;
        }
        for (String key : newTerms(learnerId)) {
            Step s = stepFor(learnerId, key, lang, session, true);
            if (s != null) return s;
        }
        return new Empty(cardStore.countDue(learnerId, endOfToday() + 7 * 86_400_000L));
    }

    /** Rates a key-term card the learner recalled (or not). */
    public void rate(long learnerId, String key, int grade) {
        if (grade < 1 || grade > 4) throw QuizError.badInput("review.error.rating");
        if (term(key) == null) throw QuizError.notFound("review.error.unknownCard");
        boolean due = cardStore.card(learnerId, key).map(c -> c.dueAt() <= endOfToday()).orElse(newTerms(learnerId).contains(key));
        if (!due) throw QuizError.conflict("review.error.notDue");
        cards.save(cards.next(learnerId, key, Rating.ofGrade(grade), clock.millis()));
    }

    /** Answers the question card on show; final, like practice. */
    public void answer(long learnerId, long attemptId, int position, Collection<String> picked) {
        AttemptRow a = store.attempt(attemptId).orElseThrow(() -> QuizError.notFound("quiz.error.unknownAttempt"));
        if (a.learnerId() != learnerId) throw QuizError.forbidden("quiz.error.notYours");
        if (!MODE.equals(a.mode())) throw QuizError.notFound("quiz.error.unknownAttempt");
        if (a.finished()) throw QuizError.conflict("quiz.error.finished");
        AnswerRow row = store.answers(attemptId).stream().filter(r -> r.position() == position).findFirst()
                .orElseThrow(() -> QuizError.notFound("quiz.error.unknownQuestion"));
        if (row.answered()) throw QuizError.conflict("quiz.error.alreadyAnswered");
        Question q = quizzes.bank().question(row.questionId()).orElseThrow(() -> QuizError.notFound("quiz.error.unknownQuestion"));
        Set<String> chosen = Choices.check(q, picked, q.choose(), q.choose());
        boolean right = q.isRight(chosen);
        long now = clock.millis();
        CardReview card = cards.review(learnerId, Cards.questionKey(q.id()), right ? Rating.GOOD : Rating.AGAIN, now);
        if (!store.answerOnce(attemptId, position, Choices.join(chosen), right, now, card)) throw QuizError.conflict("quiz.error.alreadyAnswered");
    }

    /** The feedback for an answered card of the learner's review session. */
    public Marked answered(long learnerId, long attemptId, int position, String lang) {
        Attempts.Detail d = new Attempts(quizzes, store).detail(learnerId, attemptId, lang);
        if (!MODE.equals(d.attempt().mode())) throw QuizError.notFound("quiz.error.unknownAttempt");
        return d.questions().stream().filter(m -> m.position() == position).findFirst()
                .orElseThrow(() -> QuizError.notFound("quiz.error.unknownQuestion"));
    }

    private Step stepFor(long learnerId, String key, String lang, AttemptRow session, boolean fresh) {
        if (key.startsWith("q:")) {
            Question q = quizzes.bank().question(key.substring(2)).orElse(null);
            if (q == null) return null;
            long id = session != null ? session.id() : store.createAttempt(learnerId, MODE, null, null, clock.millis(), null, List.of());
            int pos = store.append(id, q.id(), clock.millis());
            return new QuestionCard(id, pos, Asked.of(q, lang, Set.of()));
        }
        KeyTerms.Term t = term(key);
        if (t == null) return null;
        String lesson = key.split(":")[1];
        return new TermCard(key, lesson, t.term().in(lang), t.definition().in(lang), fresh);
    }

    private KeyTerms.Term term(String key) {
        String[] parts = key.split(":");
        if (parts.length != 3 || !"t".equals(parts[0])) return null;
        try {
            int i = Integer.parseInt(parts[2]);
            List<KeyTerms.Term> list = terms.of(parts[1]);
            return i >= 0 && i < list.size() ? list.get(i) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Key-term cards not yet created for the lessons the learner has marked done or answered questions on, capped per day. */
    private List<String> newTerms(long learnerId) {
        Set<String> lessons = new LinkedHashSet<>(lessonsOpened.apply(learnerId));
        for (var e : store.history(learnerId)) {
            quizzes.bank().question(e.getValue().questionId()).ifPresent(q -> lessons.add(q.topic()));
        }
        List<String> keys = new ArrayList<>();
        for (String lesson : lessons) {
            List<KeyTerms.Term> list = terms.of(lesson);
            for (int i = 0; i < list.size(); i++) keys.add(Cards.termKey(lesson, i));
        }
        if (keys.isEmpty()) return keys;
        Map<String, CardRow> existing = cardStore.cards(learnerId, keys);
        long startOfDay = endOfToday() - 86_400_000L;
        long introducedToday = cardStore.all(learnerId).stream()
                .filter(c -> c.key().startsWith("t:") && c.reps() == 1 && c.lastReviewAt() >= startOfDay).count();
        int room = (int) Math.max(0, NEW_TERMS_PER_DAY - introducedToday);
        return keys.stream().filter(k -> !existing.containsKey(k)).limit(room).toList();
    }

    private long endOfToday() {
        long day = Math.floorDiv(clock.millis(), 86_400_000L);
        return (day + 1) * 86_400_000L - 1;
    }
}
