package dockyard.store;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.exception.DataAccessException;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;

import static dockyard.store.jooq.Tables.ATTEMPT_ANSWER;
import static dockyard.store.jooq.Tables.QUIZ_ATTEMPT;

/** Quiz attempts and their answers. Writes that must hold together run in one transaction. */
public final class QuizStore {
    private final Database db;

    public QuizStore(Database db) {
        this.db = db;
    }

    /** Creates an attempt with its questions (possibly none yet, for practice) shown from {@code now}. */
    public long createAttempt(long learnerId, String mode, String exam, String topic, long now, Long deadline,
                              List<String> questionIds) {
        return db.write().transactionResult(c -> {
            DSLContext tx = c.dsl();
            long id = tx.insertInto(QUIZ_ATTEMPT)
                    .set(QUIZ_ATTEMPT.LEARNER_ID, (int) learnerId)
                    .set(QUIZ_ATTEMPT.MODE, mode)
                    .set(QUIZ_ATTEMPT.EXAM, exam)
                    .set(QUIZ_ATTEMPT.TOPIC, topic)
                    .set(QUIZ_ATTEMPT.STARTED_AT, now)
                    .set(QUIZ_ATTEMPT.DEADLINE_AT, deadline)
                    .set(QUIZ_ATTEMPT.QUESTION_COUNT, questionIds.size())
                    .returning(QUIZ_ATTEMPT.ID).fetchOne(QUIZ_ATTEMPT.ID).longValue();
            int pos = 1;
            for (String q : questionIds) {
                tx.insertInto(ATTEMPT_ANSWER)
                        .set(ATTEMPT_ANSWER.ATTEMPT_ID, (int) id)
                        .set(ATTEMPT_ANSWER.POSITION, pos++)
                        .set(ATTEMPT_ANSWER.QUESTION_ID, q)
                        .set(ATTEMPT_ANSWER.SHOWN_AT, now)
                        .execute();
            }
            return id;
        });
    }

    public Optional<AttemptRow> attempt(long id) {
        return db.read().selectFrom(QUIZ_ATTEMPT).where(QUIZ_ATTEMPT.ID.eq((int) id)).fetchOptional().map(QuizStore::attemptRow);
    }

    /** The learner's newest unfinished attempt in this mode (and topic, when given). */
    public Optional<AttemptRow> open(long learnerId, String mode, String topic) {
        var where = QUIZ_ATTEMPT.LEARNER_ID.eq((int) learnerId).and(QUIZ_ATTEMPT.MODE.eq(mode)).and(QUIZ_ATTEMPT.FINISHED_AT.isNull());
        if (topic != null) where = where.and(QUIZ_ATTEMPT.TOPIC.eq(topic));
        return db.read().selectFrom(QUIZ_ATTEMPT).where(where).orderBy(QUIZ_ATTEMPT.ID.desc()).limit(1)
                .fetchOptional().map(QuizStore::attemptRow);
    }

    /** The learner's attempts, newest first. */
    public List<AttemptRow> attempts(long learnerId) {
        return db.read().selectFrom(QUIZ_ATTEMPT).where(QUIZ_ATTEMPT.LEARNER_ID.eq((int) learnerId))
                .orderBy(QUIZ_ATTEMPT.ID.desc()).fetch(QuizStore::attemptRow);
    }

    public List<AnswerRow> answers(long attemptId) {
        return db.read().selectFrom(ATTEMPT_ANSWER).where(ATTEMPT_ANSWER.ATTEMPT_ID.eq((int) attemptId))
                .orderBy(ATTEMPT_ANSWER.POSITION).fetch(QuizStore::answerRow);
    }

    /** Every answered question of the learner with its attempt's mode, oldest first. */
    public List<Map.Entry<AttemptRow, AnswerRow>> history(long learnerId) {
        return db.read().select().from(ATTEMPT_ANSWER).join(QUIZ_ATTEMPT).on(QUIZ_ATTEMPT.ID.eq(ATTEMPT_ANSWER.ATTEMPT_ID))
                .where(QUIZ_ATTEMPT.LEARNER_ID.eq((int) learnerId)).and(ATTEMPT_ANSWER.CHOSEN.isNotNull())
                .orderBy(ATTEMPT_ANSWER.ANSWERED_AT, ATTEMPT_ANSWER.ATTEMPT_ID, ATTEMPT_ANSWER.POSITION)
                .fetch(r -> Map.entry(attemptRow(r.into(QUIZ_ATTEMPT)), answerRow(r.into(ATTEMPT_ANSWER))));
    }

    /** One question of an attempt together with the attempt, in one query; empty when either is unknown. */
    public Optional<Map.Entry<AttemptRow, AnswerRow>> answerAt(long attemptId, int position) {
        // plain SQL: this runs on every answer, and jOOQ's rendering of the join was most of its cost
        return db.read().connectionResult(c -> {
            try (PreparedStatement ps = c.prepareStatement(ANSWER_AT)) {
                ps.setLong(1, attemptId);
                ps.setInt(2, position);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) return Optional.empty();
                    AttemptRow attempt = new AttemptRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getLong(6), boxedLong(rs, 7), boxedLong(rs, 8), boxedInt(rs, 9), boxedInt(rs, 10),
                            rs.getInt(11));
                    Integer correct = boxedInt(rs, 17);
                    AnswerRow answer = new AnswerRow(attemptId, position, rs.getString(12), rs.getLong(13), boxedLong(rs, 14),
                            rs.getString(15), correct == null ? null : correct == 1, boxedLong(rs, 16), rs.getInt(18) == 1);
                    return Optional.of(Map.entry(attempt, answer));
                }
            }
        });
    }

    private static final String ANSWER_AT = "SELECT q.id, q.learner_id, q.mode, q.exam, q.topic, q.started_at, q.deadline_at, "
            + "q.finished_at, q.score, q.correct_count, q.question_count, "
            + "a.question_id, a.shown_at, a.answered_at, a.chosen, a.time_ms, a.correct, a.flagged "
            + "FROM attempt_answer a JOIN quiz_attempt q ON q.id = a.attempt_id WHERE a.attempt_id = ? AND a.position = ?";

    private static Long boxedLong(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static Integer boxedInt(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    /** Appends a question to a practice attempt; returns its position. */
    public int append(long attemptId, String questionId, long now) {
        return db.write().transactionResult(c -> {
            DSLContext tx = c.dsl();
            Integer max = tx.select(org.jooq.impl.DSL.max(ATTEMPT_ANSWER.POSITION)).from(ATTEMPT_ANSWER)
                    .where(ATTEMPT_ANSWER.ATTEMPT_ID.eq((int) attemptId)).fetchOne(0, Integer.class);
            int pos = max == null ? 1 : max + 1;
            tx.insertInto(ATTEMPT_ANSWER)
                    .set(ATTEMPT_ANSWER.ATTEMPT_ID, (int) attemptId)
                    .set(ATTEMPT_ANSWER.POSITION, pos)
                    .set(ATTEMPT_ANSWER.QUESTION_ID, questionId)
                    .set(ATTEMPT_ANSWER.SHOWN_AT, now)
                    .execute();
            tx.update(QUIZ_ATTEMPT).set(QUIZ_ATTEMPT.QUESTION_COUNT, pos).where(QUIZ_ATTEMPT.ID.eq((int) attemptId)).execute();
            return pos;
        });
    }

    /**
     * Records a final answer (practice, review) together with its card review, in one transaction; false when
     * the question was already answered or the attempt is finished, in which case nothing changes. Answers
     * submitted together share a transaction (group commit); this returns once the answer is committed.
     */
    public boolean answerOnce(long attemptId, int position, String chosen, boolean correct, long now, CardReview review) {
        try {
            return db.answerCommits().submit(new AnswerCommits.Answer(attemptId, position, chosen, correct, now, review)).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new DataAccessException("the answer was not stored", e.getCause());
        }
    }

    /** Saves an exam choice and flag, changeable until the exam is submitted; false when it is finished. */
    public boolean saveChoice(long attemptId, int position, String chosen, boolean flagged, long now) {
        return db.write().transactionResult(c -> {
            DSLContext tx = c.dsl();
            var q = tx.update(ATTEMPT_ANSWER)
                    .set(ATTEMPT_ANSWER.FLAGGED, flagged ? 1 : 0)
                    .set(ATTEMPT_ANSWER.CHOSEN, chosen)
                    .set(ATTEMPT_ANSWER.ANSWERED_AT, chosen == null ? null : now)
                    .set(ATTEMPT_ANSWER.TIME_MS, chosen == null ? null : org.jooq.impl.DSL.val(now).minus(ATTEMPT_ANSWER.SHOWN_AT));
            return q.where(ATTEMPT_ANSWER.ATTEMPT_ID.eq((int) attemptId)).and(ATTEMPT_ANSWER.POSITION.eq(position))
                    .andExists(tx.selectOne().from(QUIZ_ATTEMPT).where(QUIZ_ATTEMPT.ID.eq((int) attemptId)).and(QUIZ_ATTEMPT.FINISHED_AT.isNull()))
                    .execute() == 1;
        });
    }

    /**
     * Finishes an attempt once: marks each answer's correctness, stores the score and the card updates.
     * Returns false (changing nothing) when it was already finished.
     */
    public boolean finish(long attemptId, long now, Integer score, int correctCount, Map<Integer, Boolean> marks,
                          List<CardUpdate> cards) {
        return db.write().transactionResult(c -> {
            DSLContext tx = c.dsl();
            int n = tx.update(QUIZ_ATTEMPT)
                    .set(QUIZ_ATTEMPT.FINISHED_AT, now)
                    .set(QUIZ_ATTEMPT.SCORE, score)
                    .set(QUIZ_ATTEMPT.CORRECT_COUNT, correctCount)
                    .where(QUIZ_ATTEMPT.ID.eq((int) attemptId)).and(QUIZ_ATTEMPT.FINISHED_AT.isNull())
                    .execute();
            if (n == 0) return false;
            for (var m : marks.entrySet()) {
                tx.update(ATTEMPT_ANSWER).set(ATTEMPT_ANSWER.CORRECT, m.getValue() ? 1 : 0)
                        .where(ATTEMPT_ANSWER.ATTEMPT_ID.eq((int) attemptId)).and(ATTEMPT_ANSWER.POSITION.eq(m.getKey()))
                        .execute();
            }
            for (CardUpdate u : cards) CardStore.upsert(tx, u);
            return true;
        });
    }

    private static AttemptRow attemptRow(Record r) {
        Integer score = r.get(QUIZ_ATTEMPT.SCORE);
        return new AttemptRow(r.get(QUIZ_ATTEMPT.ID), r.get(QUIZ_ATTEMPT.LEARNER_ID), r.get(QUIZ_ATTEMPT.MODE),
                r.get(QUIZ_ATTEMPT.EXAM), r.get(QUIZ_ATTEMPT.TOPIC), r.get(QUIZ_ATTEMPT.STARTED_AT),
                r.get(QUIZ_ATTEMPT.DEADLINE_AT), r.get(QUIZ_ATTEMPT.FINISHED_AT), score,
                r.get(QUIZ_ATTEMPT.CORRECT_COUNT), r.get(QUIZ_ATTEMPT.QUESTION_COUNT));
    }

    private static AnswerRow answerRow(Record r) {
        Integer correct = r.get(ATTEMPT_ANSWER.CORRECT);
        return new AnswerRow(r.get(ATTEMPT_ANSWER.ATTEMPT_ID), r.get(ATTEMPT_ANSWER.POSITION), r.get(ATTEMPT_ANSWER.QUESTION_ID),
                r.get(ATTEMPT_ANSWER.SHOWN_AT), r.get(ATTEMPT_ANSWER.ANSWERED_AT), r.get(ATTEMPT_ANSWER.CHOSEN),
                correct == null ? null : correct == 1, r.get(ATTEMPT_ANSWER.TIME_MS), r.get(ATTEMPT_ANSWER.FLAGGED) == 1);
    }
}
