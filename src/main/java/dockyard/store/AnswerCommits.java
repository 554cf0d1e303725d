package dockyard.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Group commit for final answers: requests queue their answer, one writer thread takes everything queued, stores
 * it in one transaction on the single write connection and completes each request's future only once that
 * transaction has committed. Each answer runs inside its own savepoint, so one that fails is rolled back alone
 * and fails only its own request; a failed commit fails every request of its batch and stores none of them.
 */
final class AnswerCommits implements AutoCloseable {
    /** One answer to store: the attempt's question, what was chosen, and the card review it makes. */
    record Answer(long attemptId, int position, String chosen, boolean correct, long now, CardReview review) {
    }

    private record Queued(Answer answer, CompletableFuture<Boolean> done) {
    }

    private static final int MAX_BATCH = 512;
    // The answer is final: only a question still unanswered, of an attempt still open, takes it.
    private static final String UPDATE_ANSWER = "UPDATE attempt_answer SET chosen = ?, correct = ?, answered_at = ?, time_ms = ? - shown_at "
            + "WHERE attempt_id = ? AND position = ? AND chosen IS NULL "
            + "AND EXISTS (SELECT 1 FROM quiz_attempt WHERE id = ? AND finished_at IS NULL)";
    private static final String SELECT_CARD = "SELECT card_key, stability, difficulty, reps, lapses, last_review_at, due_at, scheduled_days "
            + "FROM review_card WHERE learner_id = ? AND card_key = ?";

    private final Database db;
    private final BlockingQueue<Queued> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private final AtomicLong batches = new AtomicLong();
    private final AtomicLong failedBatches = new AtomicLong();
    private volatile boolean closed;

    AnswerCommits(Database db) {
        this.db = db;
        this.writer = new Thread(this::run, "dockyard-answer-commits");
        writer.setDaemon(true);
        writer.start();
    }

    /** Queues an answer; the future says, once committed, whether it was stored (false: already answered or finished). */
    synchronized CompletableFuture<Boolean> submit(Answer answer) {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        if (closed) {
            done.completeExceptionally(new IllegalStateException("the database is closed"));
            return done;
        }
        queue.add(new Queued(answer, done));
        return done;
    }

    /** Transactions committed so far. */
    long batches() {
        return batches.get();
    }

    /** Transactions rolled back whole (every request of theirs failed). */
    long failedBatches() {
        return failedBatches.get();
    }

    private void run() {
        List<Queued> batch = new ArrayList<>();
        while (!closed) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                break;
            }
            try {
                db.write().connection(c -> commit(c, batch));
            } catch (Throwable e) { // whatever happened, no request of this batch may wait forever
                for (Queued q : batch) q.done().completeExceptionally(e);
            }
            batch.clear();
        }
        refuseQueued();
    }

    private void refuseQueued() {
        List<Queued> left = new ArrayList<>();
        queue.drainTo(left);
        for (Queued q : left) q.done().completeExceptionally(new IllegalStateException("the database is closed"));
    }

    /** One transaction for everything queued by the time the write connection is ours. */
    private void commit(Connection c, List<Queued> batch) throws SQLException {
        queue.drainTo(batch, MAX_BATCH - batch.size());
        List<Boolean> stored = new ArrayList<>(batch.size());
        List<Throwable> failed = new ArrayList<>(batch.size());
        c.setAutoCommit(false);
        try {
            try (PreparedStatement update = c.prepareStatement(UPDATE_ANSWER);
                 PreparedStatement card = c.prepareStatement(SELECT_CARD);
                 PreparedStatement upsert = c.prepareStatement(CardSql.UPSERT);
                 PreparedStatement log = c.prepareStatement(CardSql.LOG)) {
                for (Queued q : batch) {
                    Savepoint sp = c.setSavepoint();
                    try {
                        stored.add(store(q.answer(), update, card, upsert, log));
                        failed.add(null);
                        c.releaseSavepoint(sp);
                    } catch (SQLException | RuntimeException e) {
                        c.rollback(sp);
                        c.releaseSavepoint(sp);
                        stored.add(null);
                        failed.add(e);
                    }
                }
            }
            c.commit();
        } catch (Throwable e) { // roll back everything: none of the batch is stored, every request of it fails
            try {
                c.rollback();
                c.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the connection is unusable; the pool replaces it
            }
            failedBatches.incrementAndGet();
            for (Queued q : batch) q.done().completeExceptionally(e);
            return;
        }
        batches.incrementAndGet();
        for (int i = 0; i < batch.size(); i++) {
            if (failed.get(i) != null) batch.get(i).done().completeExceptionally(failed.get(i));
            else batch.get(i).done().complete(stored.get(i));
        }
        c.setAutoCommit(true); // only after the requests learnt their outcome: the batch is committed whatever this does
    }

    private static boolean store(Answer a, PreparedStatement update, PreparedStatement card, PreparedStatement upsert,
                                 PreparedStatement log) throws SQLException {
        update.setString(1, a.chosen());
        update.setInt(2, a.correct() ? 1 : 0);
        update.setLong(3, a.now());
        update.setLong(4, a.now());
        update.setLong(5, a.attemptId());
        update.setInt(6, a.position());
        update.setLong(7, a.attemptId());
        if (update.executeUpdate() == 0) return false;
        CardReview r = a.review();
        if (r == null) return true;
        card.setLong(1, r.learnerId());
        card.setString(2, r.key());
        CardRow before;
        try (ResultSet rs = card.executeQuery()) {
            before = rs.next() ? CardSql.row(rs) : null;
        }
        CardRow after = r.step().next(before);
        CardSql.save(upsert, log, new CardUpdate(r.learnerId(), after, r.rating(), r.reviewedAt()));
        return true;
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true; // from here on submit refuses, so nothing can be queued after the drain below
        }
        writer.interrupt();
        try {
            writer.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        refuseQueued();
    }
}
