package dockyard.learn.quiz;

import dockyard.content.quiz.HandsOn;
import dockyard.content.quiz.Question;
import dockyard.learn.fsrs.Rating;
import dockyard.learn.handson.AnswerValues;
import dockyard.learn.handson.HandsOnMarker;
import dockyard.learn.handson.HandsOnScripts;
import dockyard.learn.handson.Marking;
import dockyard.learn.sandbox.Sandbox;
import dockyard.learn.sandbox.Sandboxes;
import dockyard.store.AnswerRow;
import dockyard.store.AttemptRow;
import dockyard.store.CardReview;
import dockyard.store.QuizStore;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hands-on questions in practice runs and review sessions: each asked hands-on question gets a sandbox of its own
 * (keyed by the attempt row it answers, so a new run starts fresh), and its answer is marked from the simulation by
 * {@link HandsOnMarker}: final, like any quiz answer, and scheduled on the question's review card. Every refusal
 * (someone else's attempt, a finished one, a place that is not a hands-on question, a second answer, a missing or
 * over-long value) is a {@link QuizError} and changes nothing.
 */
public final class HandsOnAnswers {
    private static final Pattern KEY = Pattern.compile("(.+)@(\\d+)/(\\d+)");

    /** Where a hands-on question was asked: its attempt (mode and topic) and place, and the question. */
    public record Place(AttemptRow attempt, AnswerRow row, Question question) {
        public boolean answered() {
            return row.answered();
        }
    }

    private final Quizzes quizzes;
    private final QuizStore store;
    private final Cards cards;
    private final Sandboxes sandboxes;
    private final Clock clock;

    public HandsOnAnswers(Quizzes quizzes, QuizStore store, Cards cards, Sandboxes sandboxes, Clock clock) {
        this.quizzes = quizzes;
        this.store = store;
        this.cards = cards;
        this.sandboxes = sandboxes;
        this.clock = clock;
    }

    /** The sandbox key of one hands-on answer: {@code {question}@{attempt}/{position}}. */
    public static String key(String questionId, long attemptId, int position) {
        return questionId + "@" + attemptId + "/" + position;
    }

    /** The learner's hands-on question at ({@code attemptId}, {@code position}), checked to be theirs and hands-on. */
    public Place place(long learnerId, long attemptId, int position) {
        var found = store.answerAt(attemptId, position).orElse(null);
        if (found == null) {
            AttemptRow a = store.attempt(attemptId).orElseThrow(() -> QuizError.notFound("quiz.error.unknownAttempt"));
            if (a.learnerId() != learnerId) throw QuizError.forbidden("quiz.error.notYours");
            throw QuizError.notFound("quiz.error.unknownQuestion");
        }
        AttemptRow a = found.getKey();
        if (a.learnerId() != learnerId) throw QuizError.forbidden("quiz.error.notYours");
        if (!Practice.MODE.equals(a.mode()) && !Reviews.MODE.equals(a.mode())) throw QuizError.notFound("quiz.error.unknownQuestion");
        Question q = quizzes.bank().question(found.getValue().questionId()).orElseThrow(() -> QuizError.notFound("quiz.error.unknownQuestion"));
        if (!q.handsOnQuestion()) throw QuizError.notFound("quiz.error.notHandsOn");
        return new Place(a, found.getValue(), q);
    }

    /** The place a hands-on sandbox serves, when {@code sandbox} is one of the learner's question sandboxes. */
    public Optional<Place> placeOf(Sandbox sandbox) {
        if (!Sandbox.QUESTION.equals(sandbox.kind()) || sandbox.exerciseId() == null) return Optional.empty();
        Matcher m = KEY.matcher(sandbox.exerciseId());
        if (!m.matches()) return Optional.empty();
        try {
            Place p = place(sandbox.ownerId(), Long.parseLong(m.group(2)), Integer.parseInt(m.group(3)));
            return p.question().id().equals(m.group(1)) ? Optional.of(p) : Optional.empty();
        } catch (QuizError | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * The sandbox of the learner's hands-on question, created with the question's setup on first use. Once the
     * question is answered no new sandbox is made: the one they worked in stays open to look at.
     */
    public Sandbox open(long learnerId, long attemptId, int position) {
        Place p = place(learnerId, attemptId, position);
        String key = key(p.question().id(), attemptId, position);
        if (p.answered()) return sandboxes.findQuestion(learnerId, key).orElseThrow(() -> QuizError.conflict("quiz.error.alreadyAnswered"));
        if (p.attempt().finished()) throw QuizError.conflict("quiz.error.finished");
        return sandboxes.forQuestion(learnerId, key, HandsOnScripts.setup(p.question().handsOn()));
    }

    /** Marks the learner's answer from their sandbox (and, for a value, the reference world) and records it. */
    public Place answer(long learnerId, long attemptId, int position, String typed) {
        Place p = place(learnerId, attemptId, position);
        if (p.attempt().finished()) throw QuizError.conflict("quiz.error.finished");
        if (p.answered()) throw QuizError.conflict("quiz.error.alreadyAnswered");
        HandsOn h = p.question().handsOn();
        if (h.ask() != null) {
            String value = AnswerValues.normalise(typed);
            if (value.isEmpty()) throw QuizError.badInput("quiz.error.noValue");
            if (value.length() > AnswerValues.MAX_LENGTH) throw QuizError.badInput("quiz.error.valueTooLong", AnswerValues.MAX_LENGTH);
        }
        Sandbox s = sandboxes.forQuestion(learnerId, key(p.question().id(), attemptId, position), HandsOnScripts.setup(h));
        HandsOnMarker marker = new HandsOnMarker();
        List<Boolean> checks = sandboxes.inspect(s, session -> marker.checks(h, session.world()));
        Marking marking = marker.mark(h, checks, s.seed(), typed);
        long now = clock.millis();
        CardReview card = cards.review(learnerId, Cards.questionKey(p.question().id()), marking.right() ? Rating.GOOD : Rating.AGAIN, now);
        if (!store.answerOnce(attemptId, position, marking.stored(), marking.right(), now, card)) {
            throw QuizError.conflict("quiz.error.alreadyAnswered");
        }
        return p;
    }
}
