package dockyard.learn.quiz;

import dockyard.content.quiz.Question;
import dockyard.store.AnswerRow;
import dockyard.store.AttemptRow;
import dockyard.store.CardRow;
import dockyard.store.CardStore;
import dockyard.store.QuizStore;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a learner has done: accuracy per topic (every answer in every mode), mastery per lesson (the mean
 * FSRS recall probability today over the lesson's questions, 0 for a question never answered), exam scores,
 * and how many reviews fall due on each of the coming days.
 */
public final class Progress {
    public record Accuracy(String topic, int right, int answered) {
        public int percent() {
            return answered == 0 ? 0 : (int) Math.round(100.0 * right / answered);
        }
    }

    public record Mastery(String topic, int percent, int questions, int seen) {
    }

    public record ExamScore(long attemptId, String exam, long finishedAt, int score, int correct, int total) {
        public boolean passed() {
            return Scoring.passed(score);
        }
    }

    /** @param day 0 = today (including anything overdue) */
    public record Forecast(int day, int count) {
    }

    /** One answer, for the export. */
    public record AnswerRecord(long attemptId, String mode, String exam, String topic, int position, String questionId,
                               String chosen, Boolean correct, Long timeMs, long shownAt, Long answeredAt) {
    }

    private final Quizzes quizzes;
    private final QuizStore store;
    private final CardStore cardStore;
    private final Cards cards;
    private final Clock clock;

    public Progress(Quizzes quizzes, QuizStore store, CardStore cardStore, Cards cards, Clock clock) {
        this.quizzes = quizzes;
        this.store = store;
        this.cardStore = cardStore;
        this.cards = cards;
        this.clock = clock;
    }

    /** Accuracy for every topic of the bank (zeros where nothing was answered yet), in bank order. */
    public List<Accuracy> accuracy(long learnerId) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (String t : quizzes.bank().topics()) counts.put(t, new int[2]);
        for (var e : store.history(learnerId)) {
            AnswerRow a = e.getValue();
            if (a.correct() == null) continue;
            Question q = quizzes.bank().question(a.questionId()).orElse(null);
            if (q == null) continue;
            int[] c = counts.computeIfAbsent(q.topic(), t -> new int[2]);
            c[1]++;
            if (a.correct()) c[0]++;
        }
        List<Accuracy> out = new ArrayList<>();
        counts.forEach((t, c) -> out.add(new Accuracy(t, c[0], c[1])));
        return out;
    }

    public List<Mastery> mastery(long learnerId) {
        long now = clock.millis();
        Map<String, CardRow> byKey = new TreeMap<>();
        for (CardRow c : cardStore.all(learnerId)) byKey.put(c.key(), c);
        List<Mastery> out = new ArrayList<>();
        for (String topic : quizzes.bank().topics()) {
            List<Question> qs = quizzes.bank().topic(topic);
            double sum = 0;
            int seen = 0;
            for (Question q : qs) {
                CardRow c = byKey.get(Cards.questionKey(q.id()));
                if (c == null) continue;
                seen++;
                sum += cards.retrievability(c, now);
            }
            out.add(new Mastery(topic, (int) Math.round(100 * sum / qs.size()), qs.size(), seen));
        }
        return out;
    }

    public List<ExamScore> exams(long learnerId) {
        List<ExamScore> out = new ArrayList<>();
        for (AttemptRow a : store.attempts(learnerId)) {
            if (!Exams.MODE.equals(a.mode()) || !a.finished() || a.score() == null) continue;
            out.add(new ExamScore(a.id(), a.exam(), a.finishedAt(), a.score(), a.correctCount(), a.questionCount()));
        }
        out.sort((x, y) -> Long.compare(x.finishedAt(), y.finishedAt()));
        return out;
    }

    /** Reviews due on each of the next {@code days} days (UTC days), overdue ones counted today. */
    public List<Forecast> forecast(long learnerId, int days) {
        long today = Math.floorDiv(clock.millis(), 86_400_000L);
        int[] counts = new int[days];
        for (CardRow c : cardStore.all(learnerId)) {
            long d = Math.max(0, Math.floorDiv(c.dueAt(), 86_400_000L) - today);
            if (d < days) counts[(int) d]++;
        }
        List<Forecast> out = new ArrayList<>();
        for (int i = 0; i < days; i++) out.add(new Forecast(i, counts[i]));
        return out;
    }

    public List<AnswerRecord> answers(long learnerId) {
        return store.history(learnerId).stream().map(e -> {
            AttemptRow t = e.getKey();
            AnswerRow a = e.getValue();
            return new AnswerRecord(t.id(), t.mode(), t.exam(), t.topic(), a.position(), a.questionId(), a.chosen(), a.correct(),
                    a.timeMs(), a.shownAt(), a.answeredAt());
        }).toList();
    }

    public List<CardRow> cards(long learnerId) {
        return cardStore.all(learnerId);
    }

    public List<AttemptRow> attempts(long learnerId) {
        return store.attempts(learnerId);
    }
}
