package dockyard.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static dockyard.store.jooq.Tables.LEARNER;

/**
 * Learners, identified by the hash of their cookie token. Every request looks its learner up, so the most recent
 * token hashes are kept in a small bounded cache. A learner row is never deleted nor given another token hash
 * (an account adopts the guest row, keeping its id), so a cached mapping never goes stale; only hashes that were
 * found in or written to the table are cached, never a miss.
 */
public final class LearnerRepository {
    private static final int CACHED = 10_000;
    private static final String FIND = "SELECT id FROM learner WHERE token_hash = ?";

    private final Database db;
    private final Map<String, Long> recent = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > CACHED;
        }
    };

    public LearnerRepository(Database db) {
        this.db = db;
    }

    public Optional<Long> findByTokenHash(String tokenHash) {
        synchronized (recent) {
            Long id = recent.get(tokenHash);
            if (id != null) return Optional.of(id);
        }
        Long found = db.read().connectionResult(c -> {
            try (PreparedStatement ps = c.prepareStatement(FIND)) {
                ps.setString(1, tokenHash);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : null;
                }
            }
        });
        if (found == null) return Optional.empty();
        remember(tokenHash, found);
        return Optional.of(found);
    }

    public long create(String tokenHash, long now) {
        long id = db.write().insertInto(LEARNER)
                .set(LEARNER.TOKEN_HASH, tokenHash)
                .set(LEARNER.CREATED_AT, now)
                .set(LEARNER.LAST_SEEN_AT, now)
                .returning(LEARNER.ID)
                .fetchOne(LEARNER.ID)
                .longValue();
        remember(tokenHash, id);
        return id;
    }

    private void remember(String tokenHash, long id) {
        synchronized (recent) {
            recent.put(tokenHash, id);
        }
    }
}
