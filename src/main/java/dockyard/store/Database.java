package dockyard.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.sqlite.SQLiteConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The SQLite database: one write connection (SQLite has one writer at a time; a pool of one makes callers
 * queue instead of failing with SQLITE_BUSY) and a small read pool, both with the pragmas set per connection.
 */
public final class Database implements AutoCloseable {
    private final HikariDataSource writer;
    private final HikariDataSource readers;
    private final DSLContext write;
    private final DSLContext read;
    private AnswerCommits answerCommits;
    private boolean closed;

    public Database(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        try {
            if (parent != null) Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the database folder " + parent, e);
        }
        String url = "jdbc:sqlite:" + file.toAbsolutePath();
        this.writer = pool(url, "dockyard-write", 1, true);
        migrate();
        this.readers = pool(url, "dockyard-read", 4, false);
        this.write = DSL.using(writer, SQLDialect.SQLITE);
        this.read = DSL.using(readers, SQLDialect.SQLITE);
        checkPragmas();
    }

    private static HikariDataSource pool(String url, String name, int size, boolean immediate) {
        SQLiteConfig sqlite = new SQLiteConfig();
        sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
        sqlite.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        sqlite.enforceForeignKeys(true);
        sqlite.setBusyTimeout(10_000);
        if (immediate) sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        Properties props = sqlite.toProperties();
        HikariConfig hc = new HikariConfig();
        hc.setPoolName(name);
        hc.setJdbcUrl(url);
        hc.setDataSourceProperties(props);
        hc.setMaximumPoolSize(size);
        hc.setMinimumIdle(1);
        hc.setConnectionTimeout(30_000);
        return new HikariDataSource(hc);
    }

    private void migrate() {
        Flyway.configure()
                .dataSource(writer)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    private void checkPragmas() {
        for (DSLContext ctx : new DSLContext[]{write, read}) {
            String mode = ctx.fetchValue("PRAGMA journal_mode").toString();
            Object fk = ctx.fetchValue("PRAGMA foreign_keys");
            Object busy = ctx.fetchValue("PRAGMA busy_timeout");
            if (!"wal".equalsIgnoreCase(mode) || !"1".equals(String.valueOf(fk)) || Integer.parseInt(String.valueOf(busy)) < 5000) {
                throw new IllegalStateException("SQLite pragmas not in force: journal_mode=" + mode + " foreign_keys=" + fk + " busy_timeout=" + busy);
            }
        }
    }

    /** For statements that change data; callers queue on the single writer. */
    public DSLContext write() { return write; }

    /** For queries. */
    public DSLContext read() { return read; }

    /** True when a trivial query answers. */
    public boolean reachable() {
        try {
            return read.fetchValue("SELECT 1") != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The group-commit writer for final answers, started on first use and stopped with the database. */
    synchronized AnswerCommits answerCommits() {
        if (closed) throw new IllegalStateException("the database is closed");
        if (answerCommits == null) answerCommits = new AnswerCommits(this);
        return answerCommits;
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            if (answerCommits != null) answerCommits.close();
        }
        readers.close();
        writer.close();
    }
}
