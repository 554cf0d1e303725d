package dockyard.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The card writes as plain prepared statements, shared by every write path that reviews a card. */
final class CardSql {
    static final String UPSERT = "INSERT INTO review_card (learner_id, card_key, stability, difficulty, reps, lapses, last_review_at, due_at, scheduled_days) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (learner_id, card_key) DO UPDATE SET "
            + "stability = excluded.stability, difficulty = excluded.difficulty, reps = excluded.reps, lapses = excluded.lapses, "
            + "last_review_at = excluded.last_review_at, due_at = excluded.due_at, scheduled_days = excluded.scheduled_days";
    static final String LOG = "INSERT INTO review_log (learner_id, card_key, rating, reviewed_at, scheduled_days) VALUES (?, ?, ?, ?, ?)";

    private CardSql() {
    }

    /** Saves the card's new state and logs the review, with statements prepared from {@link #UPSERT} and {@link #LOG}. */
    static void save(PreparedStatement upsert, PreparedStatement log, CardUpdate u) throws SQLException {
        CardRow c = u.card();
        upsert.setLong(1, u.learnerId());
        upsert.setString(2, c.key());
        upsert.setDouble(3, c.stability());
        upsert.setDouble(4, c.difficulty());
        upsert.setInt(5, c.reps());
        upsert.setInt(6, c.lapses());
        upsert.setLong(7, c.lastReviewAt());
        upsert.setLong(8, c.dueAt());
        upsert.setInt(9, c.scheduledDays());
        upsert.executeUpdate();
        log.setLong(1, u.learnerId());
        log.setString(2, c.key());
        log.setInt(3, u.rating());
        log.setLong(4, u.reviewedAt());
        log.setInt(5, c.scheduledDays());
        log.executeUpdate();
    }

    /** A card from a result set whose columns are, in order, those of {@link CardRow}. */
    static CardRow row(ResultSet rs) throws SQLException {
        return new CardRow(rs.getString(1), rs.getDouble(2), rs.getDouble(3), rs.getInt(4), rs.getInt(5), rs.getLong(6),
                rs.getLong(7), rs.getInt(8));
    }
}
