package dockyard.store;


import java.util.List;
import java.util.Optional;

import static dockyard.store.jooq.Tables.EXERCISE_PROGRESS;

/** Per learner and exercise: hints revealed and the first completion. Times are epoch milliseconds. */
public final class ExerciseRepository {
    /**
     * One learner's progress on one exercise; {@code completedAt}, {@code commandsUsed} and {@code hintsUsed} are
     * null until every goal was reached once.
     */
    public record Row(String exerciseId, int hintsShown, long startedAt, Long completedAt, Integer commandsUsed, Integer hintsUsed) {
    }

    private final Database db;

    public ExerciseRepository(Database db) {
        this.db = db;
    }

    public List<Row> forLearner(long learnerId) {
        return db.read().selectFrom(EXERCISE_PROGRESS).where(EXERCISE_PROGRESS.LEARNER_ID.eq((int) learnerId))
                .fetch(r -> new Row(r.getExerciseId(), r.getHintsShown(), r.getStartedAt(), r.getCompletedAt(), r.getCommandsUsed(), r.getHintsUsed()));
    }

    public Optional<Row> find(long learnerId, String exerciseId) {
        return db.read().selectFrom(EXERCISE_PROGRESS)
                .where(EXERCISE_PROGRESS.LEARNER_ID.eq((int) learnerId), EXERCISE_PROGRESS.EXERCISE_ID.eq(exerciseId))
                .fetchOptional(r -> new Row(r.getExerciseId(), r.getHintsShown(), r.getStartedAt(), r.getCompletedAt(), r.getCommandsUsed(), r.getHintsUsed()));
    }

    /**
     * Reveals one more hint, never more than {@code available}; returns how many are shown now. Atomic: two
     * clicks at once reveal two hints at most, never past the last.
     */
    public int revealHint(long learnerId, String exerciseId, int available, long now) {
        return db.write().transactionResult(c -> {
            var ctx = c.dsl();
            started(ctx, learnerId, exerciseId, now);
            ctx.update(EXERCISE_PROGRESS)
                    .set(EXERCISE_PROGRESS.HINTS_SHOWN, EXERCISE_PROGRESS.HINTS_SHOWN.plus(1))
                    .where(EXERCISE_PROGRESS.LEARNER_ID.eq((int) learnerId), EXERCISE_PROGRESS.EXERCISE_ID.eq(exerciseId),
                            EXERCISE_PROGRESS.HINTS_SHOWN.lt(available))
                    .execute();
            return ctx.select(EXERCISE_PROGRESS.HINTS_SHOWN).from(EXERCISE_PROGRESS)
                    .where(EXERCISE_PROGRESS.LEARNER_ID.eq((int) learnerId), EXERCISE_PROGRESS.EXERCISE_ID.eq(exerciseId))
                    .fetchOne(EXERCISE_PROGRESS.HINTS_SHOWN);
        });
    }

    /**
     * Records the completion unless one is already recorded; the hints used are those shown at this moment.
     * Returns true when this call recorded it.
     */
    public boolean complete(long learnerId, String exerciseId, int commandsUsed, long now) {
        return db.write().transactionResult(c -> {
            var ctx = c.dsl();
            started(ctx, learnerId, exerciseId, now);
            return ctx.update(EXERCISE_PROGRESS)
                    .set(EXERCISE_PROGRESS.COMPLETED_AT, now)
                    .set(EXERCISE_PROGRESS.COMMANDS_USED, commandsUsed)
                    .set(EXERCISE_PROGRESS.HINTS_USED, EXERCISE_PROGRESS.HINTS_SHOWN)
                    .where(EXERCISE_PROGRESS.LEARNER_ID.eq((int) learnerId), EXERCISE_PROGRESS.EXERCISE_ID.eq(exerciseId),
                            EXERCISE_PROGRESS.COMPLETED_AT.isNull())
                    .execute() == 1;
        });
    }

    /** The learner's progress row for the exercise, made (no hints, not completed) when there is none yet. */
    private static void started(org.jooq.DSLContext ctx, long learnerId, String exerciseId, long now) {
        ctx.insertInto(EXERCISE_PROGRESS)
                .set(EXERCISE_PROGRESS.LEARNER_ID, (int) learnerId)
                .set(EXERCISE_PROGRESS.EXERCISE_ID, exerciseId)
                .set(EXERCISE_PROGRESS.HINTS_SHOWN, 0)
                .set(EXERCISE_PROGRESS.STARTED_AT, now)
                .onConflictDoNothing()
                .execute();
    }
}
