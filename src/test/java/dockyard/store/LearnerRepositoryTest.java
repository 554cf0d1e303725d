package dockyard.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

class LearnerRepositoryTest {
    private Database db;

    @BeforeEach
    void open() throws Exception {
        db = new Database(Files.createTempDirectory("learners").resolve("db.sqlite"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void anUnknownHashIsNotRememberedSoALaterLearnerWithItIsFound() {
        LearnerRepository one = new LearnerRepository(db);
        LearnerRepository other = new LearnerRepository(db);
        assertThat(one.findByTokenHash("h1")).isEmpty();

        long id = other.create("h1", 0);

        assertThat(one.findByTokenHash("h1")).contains(id);
        assertThat(one.findByTokenHash("h2")).isEmpty();
    }

    @Test
    void eachHashFindsItsOwnLearnerAgainAndAgain() {
        LearnerRepository repo = new LearnerRepository(db);
        long a = repo.create("ha", 0);
        long b = repo.create("hb", 0);

        for (int i = 0; i < 3; i++) {
            assertThat(repo.findByTokenHash("ha")).contains(a);
            assertThat(repo.findByTokenHash("hb")).contains(b);
        }
        assertThat(new LearnerRepository(db).findByTokenHash("hb")).contains(b);
    }
}
