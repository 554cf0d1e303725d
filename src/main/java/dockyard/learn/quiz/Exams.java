package dockyard.learn.quiz;

import dockyard.content.quiz.ExamBlueprint;
import dockyard.content.quiz.Question;
import dockyard.learn.fsrs.Rating;
import dockyard.store.AnswerRow;
import dockyard.store.AttemptRow;
import dockyard.store.CardUpdate;
import dockyard.store.QuizStore;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Mock exams. The deadline (epoch ms) is stored with the attempt when it starts, so the server keeps the time
 * and a restart resumes with what was left; any visit after the deadline submits the exam with the answers
 * saved before it. Answers can be changed until the exam is submitted, never after.
 */
public final class Exams {
    public static final String MODE = "exam";
    public static final List<Integer> LENGTHS = List.of(10, 20, 65);

    /** @param remainingSeconds time left, as the server counts it */
    public record Sitting(long attemptId, String exam, int position, int total, long remainingSeconds, long deadlineAt,
                          Asked question, boolean flagged, int answeredCount) {
    }

    public record Overview(long attemptId, String exam, long remainingSeconds, long deadlineAt, List<Slot> slots) {
    }

    public record Slot(int position, boolean answered, boolean flagged) {
    }

    public record Tally(String id, String title, int right, int total) {
        public int percent() {
            return total == 0 ? 0 : (int) Math.round(100.0 * right / total);
        }
    }

    public record Result(long attemptId, String exam, String examTitle, int score, boolean passed, int right, int total,
                         long startedAt, long finishedAt, boolean timedOut, List<Tally> domains, List<Tally> topics) {
    }

    private final Quizzes quizzes;
    private final QuizStore store;
    private final Cards cards;
    private final Clock clock;
    private final Random random;

    public Exams(Quizzes quizzes, QuizStore store, Cards cards, Clock clock, Random random) {
        this.quizzes = quizzes;
        this.store = store;
        this.cards = cards;
        this.clock = clock;
        this.random = random;
    }

    public Exams(Quizzes quizzes, QuizStore store, Cards cards, Clock clock) {
        this(quizzes, store, cards, clock, new SecureRandom());
    }

    /** The learner's exam in progress, submitting it first if its time ran out. */
    public java.util.Optional<AttemptRow> inProgress(long learnerId) {
        return store.open(learnerId, MODE, null).filter(a -> !expireIfDue(a));
    }

    /** Starts an exam (or returns the one already in progress); returns its attempt id. */
    public long start(long learnerId, String examCode, int length) {
        ExamBlueprint exam = quizzes.blueprints().exam(examCode).orElseThrow(() -> QuizError.badInput("exam.error.unknownExam"));
        if (!LENGTHS.contains(length)) throw QuizError.badInput("exam.error.length");
        var open = inProgress(learnerId);
        if (open.isPresent()) return open.get().id();
        List<Question> drawn;
        synchronized (random) {
            drawn = Drawing.draw(quizzes.bank(), exam, length, random);
        }
        if (drawn.isEmpty()) throw QuizError.conflict("exam.error.noQuestions");
        long now = clock.millis();
        long deadline = now + ExamBlueprint.minutesFor(drawn.size()) * 60_000L;
        return store.createAttempt(learnerId, MODE, examCode, null, now, deadline, drawn.stream().map(Question::id).toList());
    }

    public Sitting sitting(long learnerId, long attemptId, int position, String lang) {
        AttemptRow a = openExam(learnerId, attemptId);
        List<AnswerRow> rows = store.answers(attemptId);
        AnswerRow row = rowAt(rows, position);
        Question q = question(row);
        int answered = (int) rows.stream().filter(AnswerRow::answered).count();
        return new Sitting(a.id(), a.exam(), position, rows.size(), remaining(a), a.deadlineAt(),
                Asked.of(q, lang, Choices.split(row.chosen())), row.flagged(), answered);
    }

    /** Saves a choice (possibly none) and the flag for one question of an exam in progress. */
    public void save(long learnerId, long attemptId, int position, Collection<String> picked, boolean flagged) {
        AttemptRow a = openExam(learnerId, attemptId);
        AnswerRow row = rowAt(store.answers(attemptId), position);
        Question q = question(row);
        Set<String> chosen = Choices.check(q, picked, 0, q.choose());
        if (!store.saveChoice(a.id(), position, Choices.join(chosen), flagged, clock.millis())) {
            throw QuizError.conflict("exam.error.finished");
        }
    }

    public Overview overview(long learnerId, long attemptId) {
        AttemptRow a = openExam(learnerId, attemptId);
        List<Slot> slots = store.answers(attemptId).stream().map(r -> new Slot(r.position(), r.answered(), r.flagged())).toList();
        return new Overview(a.id(), a.exam(), remaining(a), a.deadlineAt(), slots);
    }

    /** Submits an exam in progress. */
    public void submit(long learnerId, long attemptId) {
        AttemptRow a = owned(learnerId, attemptId);
        if (a.finished()) throw QuizError.conflict("exam.error.finished");
        finish(a, Math.min(clock.millis(), a.deadlineAt()));
    }

    public Result result(long learnerId, long attemptId, String lang) {
        AttemptRow a = owned(learnerId, attemptId);
        expireIfDue(a);
        a = store.attempt(attemptId).orElseThrow();
        if (!a.finished()) throw QuizError.conflict("exam.error.notFinished");
        ExamBlueprint exam = quizzes.blueprints().exam(a.exam()).orElseThrow(() -> QuizError.notFound("exam.error.unknownExam"));
        Map<String, int[]> byDomain = new LinkedHashMap<>();
        for (ExamBlueprint.Domain d : exam.domains()) byDomain.put(d.id(), new int[2]);
        Map<String, int[]> byTopic = new LinkedHashMap<>();
        int right = 0;
        List<AnswerRow> rows = store.answers(attemptId);
        for (AnswerRow r : rows) {
            boolean ok = Boolean.TRUE.equals(r.correct());
            if (ok) right++;
            Question q = quizzes.bank().question(r.questionId()).orElse(null);
            String topic = q == null ? "?" : q.topic();
            count(byTopic.computeIfAbsent(topic, t -> new int[2]), ok);
            exam.domainOf(topic).ifPresent(d -> count(byDomain.get(d.id()), ok));
        }
        List<Tally> domains = new ArrayList<>();
        for (ExamBlueprint.Domain d : exam.domains()) {
            int[] c = byDomain.get(d.id());
            if (c[1] > 0) domains.add(new Tally(d.id(), d.title().in(lang), c[0], c[1]));
        }
        List<Tally> topics = new ArrayList<>();
        byTopic.forEach((t, c) -> topics.add(new Tally(t, t, c[0], c[1])));
        int score = a.score() == null ? Scoring.scaled(right, rows.size()) : a.score();
        return new Result(a.id(), a.exam(), exam.title().in(lang), score, Scoring.passed(score), right, rows.size(),
                a.startedAt(), a.finishedAt(), a.finishedAt() >= a.deadlineAt(), domains, topics);
    }

    /** The attempt when it belongs to the learner and is an exam still running; an expired one is submitted and refused. */
    AttemptRow openExam(long learnerId, long attemptId) {
        AttemptRow a = owned(learnerId, attemptId);
        if (a.finished()) throw QuizError.conflict("exam.error.finished");
        if (expireIfDue(a)) throw QuizError.conflict("exam.error.expired");
        return a;
    }

    private AttemptRow owned(long learnerId, long attemptId) {
        AttemptRow a = store.attempt(attemptId).orElseThrow(() -> QuizError.notFound("quiz.error.unknownAttempt"));
        if (a.learnerId() != learnerId) throw QuizError.forbidden("quiz.error.notYours");
        if (!MODE.equals(a.mode())) throw QuizError.notFound("quiz.error.unknownAttempt");
        return a;
    }

    /** Submits the exam when its deadline has passed; true when it did (or it already was finished). */
    private boolean expireIfDue(AttemptRow a) {
        if (a.finished()) return true;
        if (clock.millis() < a.deadlineAt()) return false;
        finish(a, a.deadlineAt());
        return true;
    }

    private void finish(AttemptRow a, long at) {
        List<AnswerRow> rows = store.answers(a.id());
        Map<Integer, Boolean> marks = new HashMap<>();
        List<CardUpdate> updates = new ArrayList<>();
        int right = 0;
        long now = clock.millis();
        for (AnswerRow r : rows) {
            Question q = quizzes.bank().question(r.questionId()).orElse(null);
            boolean ok = q != null && r.answered() && q.isRight(Choices.split(r.chosen()));
            marks.put(r.position(), ok);
            if (ok) right++;
            if (q != null && r.answered()) updates.add(cards.next(a.learnerId(), Cards.questionKey(q.id()), ok ? Rating.GOOD : Rating.AGAIN, now));
        }
        store.finish(a.id(), at, Scoring.scaled(right, rows.size()), right, marks, updates);
    }

    private long remaining(AttemptRow a) {
        return Math.max(0, (a.deadlineAt() - clock.millis() + 999) / 1000);
    }

    private static AnswerRow rowAt(List<AnswerRow> rows, int position) {
        return rows.stream().filter(r -> r.position() == position).findFirst()
                .orElseThrow(() -> QuizError.notFound("quiz.error.unknownQuestion"));
    }

    private Question question(AnswerRow row) {
        return quizzes.bank().question(row.questionId()).orElseThrow(() -> QuizError.notFound("quiz.error.unknownQuestion"));
    }

    private static void count(int[] c, boolean ok) {
        c[1]++;
        if (ok) c[0]++;
    }
}
