package dockyard.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnswerCommitsTest {
    private static final long NOW = 1_800_000_000_000L;
    private Database db;
    private QuizStore store;
    private long learner;
    private long attempt;

    @BeforeEach
    void open() throws Exception {
        db = new Database(Files.createTempDirectory("answers").resolve("db.sqlite"));
        store = new QuizStore(db);
        learner = new LearnerRepository(db).create("hash-" + System.nanoTime(), NOW);
        attempt = store.createAttempt(learner, "practice", null, "t", NOW, null, List.of("q1", "q2", "q3"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private CardReview review(long learnerId, String key) {
        return new CardReview(learnerId, key, 3, NOW + 1000,
                before -> new CardRow(key, 1.0, 5.0, before == null ? 1 : before.reps() + 1, 0, NOW + 1000, NOW + 86_400_000L, 1));
    }

    private AnswerCommits.Answer answer(int position, CardReview review) {
        return new AnswerCommits.Answer(attempt, position, "a", true, NOW + 1000, review);
    }

    /** Runs {@code submit} while the test holds the write connection, so everything it queues lands in one batch. */
    private List<CompletableFuture<Boolean>> inOneBatch(List<AnswerCommits.Answer> answers) throws Exception {
        List<CompletableFuture<Boolean>> futures = new ArrayList<>();
        long before = db.answerCommits().batches() + db.answerCommits().failedBatches();
        db.write().connection(c -> {
            for (AnswerCommits.Answer a : answers) futures.add(db.answerCommits().submit(a));
            Thread.sleep(50);
            assertThat(futures).noneMatch(CompletableFuture::isDone);
        });
        CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).exceptionally(e -> null).get(10, TimeUnit.SECONDS);
        assertThat(db.answerCommits().batches() + db.answerCommits().failedBatches()).isEqualTo(before + 1);
        return futures;
    }

    @Test
    void aBatchWithOneFailingAnswerStoresTheOthersAndNothingOfTheFailedOne() throws Exception {
        long nobody = learner + 1000; // no such learner: its card breaks the foreign key
        var futures = inOneBatch(List.of(answer(1, review(learner, "q:q1")), answer(2, review(nobody, "q:q2")),
                answer(3, review(learner, "q:q3"))));

        assertThat(futures.get(0).join()).isTrue();
        assertThatThrownBy(() -> futures.get(1).join()).isInstanceOf(CompletionException.class);
        assertThat(futures.get(2).join()).isTrue();
        List<AnswerRow> rows = store.answers(attempt);
        assertThat(rows).extracting(AnswerRow::answered).containsExactly(true, false, true);
        CardStore cards = new CardStore(db);
        assertThat(cards.all(learner)).extracting(CardRow::key).containsExactlyInAnyOrder("q:q1", "q:q3");
        assertThat(db.read().fetchCount(dockyard.store.jooq.Tables.REVIEW_LOG)).isEqualTo(2);
    }

    @Test
    void aCardStepThatThrowsFailsOnlyItsOwnAnswer() throws Exception {
        CardReview broken = new CardReview(learner, "q:q2", 3, NOW, before -> {
            throw new IllegalStateException("broken schedule");
        });
        var futures = inOneBatch(List.of(answer(1, review(learner, "q:q1")), answer(2, broken)));

        assertThat(futures.get(0).join()).isTrue();
        assertThatThrownBy(() -> futures.get(1).join()).hasCauseInstanceOf(IllegalStateException.class);
        assertThat(store.answers(attempt)).extracting(AnswerRow::answered).containsExactly(true, false, false);
    }

    @Test
    void aBatchThatCannotCommitStoresNoneOfItsAnswersAndFailsEveryRequest() throws Exception {
        CardReview fault = new CardReview(learner, "q:q3", 3, NOW, before -> {
            throw new Error("simulated fault");
        });
        var futures = inOneBatch(List.of(answer(1, review(learner, "q:q1")), answer(2, review(learner, "q:q2")), answer(3, fault)));

        assertThat(futures).allMatch(CompletableFuture::isCompletedExceptionally);
        assertThat(store.answers(attempt)).noneMatch(AnswerRow::answered);
        assertThat(new CardStore(db).all(learner)).isEmpty();
        // the writer carries on with the next batch
        assertThat(store.answerOnce(attempt, 1, "a", true, NOW + 2000, review(learner, "q:q1"))).isTrue();
    }

    @Test
    void theSameAnswerSubmittedTwiceInOneBatchIsStoredOnce() throws Exception {
        var futures = inOneBatch(List.of(answer(1, review(learner, "q:q1")), answer(1, review(learner, "q:q1"))));

        assertThat(futures).extracting(CompletableFuture::join).containsExactlyInAnyOrder(true, false);
        assertThat(new CardStore(db).card(learner, "q:q1")).get().extracting(CardRow::reps).isEqualTo(1);
        assertThat(db.read().fetchCount(dockyard.store.jooq.Tables.REVIEW_LOG)).isEqualTo(1);
    }

    @Test
    void concurrentSubmissionsOfOneAnswerHaveExactlyOneWinner() throws Exception {
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            String chosen = i % 2 == 0 ? "a" : "b";
            results.add(pool.submit(() -> {
                go.await();
                return store.answerOnce(attempt, 2, chosen, chosen.equals("a"), NOW + 1000, review(learner, "q:q2"));
            }));
        }
        go.countDown();
        int wins = 0;
        for (Future<Boolean> r : results) if (r.get(10, TimeUnit.SECONDS)) wins++;
        pool.shutdown();

        assertThat(wins).isEqualTo(1);
        assertThat(new CardStore(db).card(learner, "q:q2")).get().extracting(CardRow::reps).isEqualTo(1);
        assertThat(db.read().fetchCount(dockyard.store.jooq.Tables.REVIEW_LOG)).isEqualTo(1);
    }

    @Test
    void anAnswerToAFinishedAttemptIsRefusedAndChangesNothing() {
        store.finish(attempt, NOW + 500, null, 0, java.util.Map.of(), List.of());

        assertThat(store.answerOnce(attempt, 1, "a", true, NOW + 1000, review(learner, "q:q1"))).isFalse();
        assertThat(store.answers(attempt)).noneMatch(AnswerRow::answered);
        assertThat(new CardStore(db).all(learner)).isEmpty();
    }

    @Test
    void twoReviewsOfOneCardEachStartFromTheOtherOnesResult() throws Exception {
        long second = store.createAttempt(learner, "review", null, null, NOW, null, List.of("q1"));
        CompletableFuture<Boolean> viaPractice = db.answerCommits().submit(answer(1, review(learner, "q:q1")));
        CompletableFuture<Boolean> viaReview = db.answerCommits().submit(
                new AnswerCommits.Answer(second, 1, "a", true, NOW + 2000, review(learner, "q:q1")));

        assertThat(viaPractice.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(viaReview.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(new CardStore(db).card(learner, "q:q1")).get().extracting(CardRow::reps).isEqualTo(2);
    }

    @Test
    void anAnswerAfterTheDatabaseClosedIsRefused() {
        AnswerCommits commits = db.answerCommits();
        db.close();

        assertThatThrownBy(() -> store.answerOnce(attempt, 1, "a", true, NOW, review(learner, "q:q1")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(commits.submit(answer(1, review(learner, "q:q1")))).isCompletedExceptionally();
    }
}
