package dockyard.store;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dockyard.store.jooq.Tables.REVIEW_CARD;

/** Spaced-repetition cards and their review log. */
public final class CardStore {
    private final Database db;

    public CardStore(Database db) {
        this.db = db;
    }

    public Optional<CardRow> card(long learnerId, String key) {
        return db.read().selectFrom(REVIEW_CARD).where(REVIEW_CARD.LEARNER_ID.eq((int) learnerId)).and(REVIEW_CARD.CARD_KEY.eq(key))
                .fetchOptional().map(CardStore::row);
    }

    /** Cards whose keys are given, by key. */
    public Map<String, CardRow> cards(long learnerId, java.util.Collection<String> keys) {
        return db.read().selectFrom(REVIEW_CARD).where(REVIEW_CARD.LEARNER_ID.eq((int) learnerId)).and(REVIEW_CARD.CARD_KEY.in(keys))
                .fetchMap(REVIEW_CARD.CARD_KEY, CardStore::row);
    }

    public List<CardRow> all(long learnerId) {
        return db.read().selectFrom(REVIEW_CARD).where(REVIEW_CARD.LEARNER_ID.eq((int) learnerId)).orderBy(REVIEW_CARD.DUE_AT).fetch(CardStore::row);
    }

    /** Cards due at or before {@code until}, earliest first. */
    public List<CardRow> due(long learnerId, long until, int limit) {
        return db.read().selectFrom(REVIEW_CARD).where(REVIEW_CARD.LEARNER_ID.eq((int) learnerId)).and(REVIEW_CARD.DUE_AT.le(until))
                .orderBy(REVIEW_CARD.DUE_AT, REVIEW_CARD.CARD_KEY).limit(limit).fetch(CardStore::row);
    }

    public int countDue(long learnerId, long until) {
        return db.read().fetchCount(REVIEW_CARD, REVIEW_CARD.LEARNER_ID.eq((int) learnerId).and(REVIEW_CARD.DUE_AT.le(until)));
    }

    /** Saves one review on its own. */
    public void save(CardUpdate update) {
        db.write().transaction(c -> upsert(c.dsl(), update));
    }

    static void upsert(DSLContext tx, CardUpdate u) {
        tx.connection(c -> {
            try (var upsert = c.prepareStatement(CardSql.UPSERT); var log = c.prepareStatement(CardSql.LOG)) {
                CardSql.save(upsert, log, u);
            }
        });
    }

    private static CardRow row(Record r) {
        return new CardRow(r.get(REVIEW_CARD.CARD_KEY), r.get(REVIEW_CARD.STABILITY), r.get(REVIEW_CARD.DIFFICULTY),
                r.get(REVIEW_CARD.REPS), r.get(REVIEW_CARD.LAPSES), r.get(REVIEW_CARD.LAST_REVIEW_AT),
                r.get(REVIEW_CARD.DUE_AT), r.get(REVIEW_CARD.SCHEDULED_DAYS));
    }

}
