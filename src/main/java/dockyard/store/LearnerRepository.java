package dockyard.store;

import java.util.Optional;

import static dockyard.store.jooq.Tables.LEARNER;

/** Learners, identified by the hash of their cookie token. */
public final class LearnerRepository {
    private final Database db;

    public LearnerRepository(Database db) {
        this.db = db;
    }

    public Optional<Long> findByTokenHash(String tokenHash) {
        return db.read().select(LEARNER.ID).from(LEARNER)
                .where(LEARNER.TOKEN_HASH.eq(tokenHash))
                .fetchOptional(LEARNER.ID)
                .map(Integer::longValue);
    }

    public long create(String tokenHash, long now) {
        return db.write().insertInto(LEARNER)
                .set(LEARNER.TOKEN_HASH, tokenHash)
                .set(LEARNER.CREATED_AT, now)
                .set(LEARNER.LAST_SEEN_AT, now)
                .returning(LEARNER.ID)
                .fetchOne(LEARNER.ID)
                .longValue();
    }
}
