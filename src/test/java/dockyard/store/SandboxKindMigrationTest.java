package dockyard.store;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** V30 rebuilds the sandbox tables to allow the 'question' kind; a database that already has sandboxes keeps them. */
class SandboxKindMigrationTest {
    @Test
    void sandboxesAndTheirCommandsSurviveAndTheQuestionKindIsAccepted(@TempDir Path dir) throws SQLException {
        String url = "jdbc:sqlite:" + dir.resolve("old.db");
        Flyway.configure().dataSource(url, "", "").locations("classpath:db/migration").target("20").load().migrate();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = ON");
            s.execute("INSERT INTO learner (id, token_hash, created_at, last_seen_at) VALUES (1, 'h', 0, 0)");
            s.execute("INSERT INTO sandbox VALUES (7, 'pub7', 1, 42, 'exercise', 'push-to-ecr', 'share7', 1, 2)");
            s.execute("INSERT INTO sandbox_command VALUES (7, 1, 'aws ecr create-repository --repository-name web', 1, 0, 0, '{}', 1)");
            s.execute("INSERT INTO sandbox_command VALUES (7, 2, 'docker images', 0, 0, 0, '', 2)");
            assertThatThrownBy(() -> s.execute("INSERT INTO sandbox VALUES (8, 'pub8', 1, 1, 'question', 'q@1/1', NULL, 1, 1)"))
                    .hasMessageContaining("CHECK");
        }

        Flyway.configure().dataSource(url, "", "").locations("classpath:db/migration").load().migrate();

        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = ON");
            try (ResultSet r = s.executeQuery("SELECT public_id, seed, kind, exercise_id, share_token FROM sandbox WHERE id = 7")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo("pub7");
                assertThat(r.getLong(2)).isEqualTo(42);
                assertThat(r.getString(3)).isEqualTo("exercise");
                assertThat(r.getString(4)).isEqualTo("push-to-ecr");
                assertThat(r.getString(5)).isEqualTo("share7");
            }
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM sandbox_command WHERE sandbox_id = 7")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getInt(1)).isEqualTo(2);
            }
            s.execute("INSERT INTO sandbox VALUES (8, 'pub8', 1, 1, 'question', 'q@1/1', NULL, 1, 1)");
            assertThatThrownBy(() -> s.execute("INSERT INTO sandbox VALUES (9, 'pub9', 1, 1, 'toy', NULL, NULL, 1, 1)")).hasMessageContaining("CHECK");
            assertThatThrownBy(() -> s.execute("INSERT INTO sandbox_command VALUES (99, 1, 'x', 0, 0, 0, '', 1)")).hasMessageContaining("FOREIGN KEY");
            s.execute("DELETE FROM sandbox WHERE id = 7"); // the child's foreign key follows the rebuilt parent
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM sandbox_command WHERE sandbox_id = 7")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getInt(1)).isZero();
            }
        }
    }
}
