package dockyard.store;

import java.util.List;

import static dockyard.store.jooq.Tables.LESSON_PROGRESS;

/** Which lessons a learner has read and finished. Times are epoch milliseconds. */
public final class ProgressRepository {
    /** One lesson's progress for one learner; {@code doneAt} is null until it is marked done. */
    public record Row(String lessonId, Long doneAt, long lastReadAt) {
    }

    private final Database db;

    public ProgressRepository(Database db) {
        this.db = db;
    }

    public List<Row> forLearner(long learnerId) {
        return db.read().select(LESSON_PROGRESS.LESSON_ID, LESSON_PROGRESS.DONE_AT, LESSON_PROGRESS.LAST_READ_AT)
                .from(LESSON_PROGRESS)
                .where(LESSON_PROGRESS.LEARNER_ID.eq((int) learnerId))
                .fetch(r -> new Row(r.value1(), r.value2(), r.value3()));
    }

    /** Whether the learner marked the lesson done (a read; no write). */
    public boolean isDone(long learnerId, String lessonId) {
        return db.read().select(LESSON_PROGRESS.DONE_AT).from(LESSON_PROGRESS)
                .where(LESSON_PROGRESS.LEARNER_ID.eq((int) learnerId), LESSON_PROGRESS.LESSON_ID.eq(lessonId))
                .fetchOptional(LESSON_PROGRESS.DONE_AT).filter(java.util.Objects::nonNull).isPresent();
    }

    /** Notes that the learner opened the lesson now; returns whether it is marked done (one statement). */
    public boolean read(long learnerId, String lessonId, long now) {
        return db.write().insertInto(LESSON_PROGRESS)
                .set(LESSON_PROGRESS.LEARNER_ID, (int) learnerId)
                .set(LESSON_PROGRESS.LESSON_ID, lessonId)
                .set(LESSON_PROGRESS.LAST_READ_AT, now)
                .onConflict(LESSON_PROGRESS.LEARNER_ID, LESSON_PROGRESS.LESSON_ID)
                .doUpdate().set(LESSON_PROGRESS.LAST_READ_AT, now)
                .returning(LESSON_PROGRESS.DONE_AT)
                .fetchOne(LESSON_PROGRESS.DONE_AT) != null;
    }

    /** Marks the lesson done (keeping the first time it was done) or not done. */
    public void done(long learnerId, String lessonId, boolean done, long now) {
        Long doneAt = done ? now : null;
        db.write().insertInto(LESSON_PROGRESS)
                .set(LESSON_PROGRESS.LEARNER_ID, (int) learnerId)
                .set(LESSON_PROGRESS.LESSON_ID, lessonId)
                .set(LESSON_PROGRESS.LAST_READ_AT, now)
                .set(LESSON_PROGRESS.DONE_AT, doneAt)
                .onConflict(LESSON_PROGRESS.LEARNER_ID, LESSON_PROGRESS.LESSON_ID)
                .doUpdate()
                .set(LESSON_PROGRESS.DONE_AT, done
                        ? org.jooq.impl.DSL.coalesce(LESSON_PROGRESS.DONE_AT, org.jooq.impl.DSL.val(now))
                        : org.jooq.impl.DSL.castNull(LESSON_PROGRESS.DONE_AT.getDataType()))
                .execute();
    }
}
