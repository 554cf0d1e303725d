package dockyard.store;

import org.jooq.DSLContext;
import org.jooq.Record;

import java.util.List;
import java.util.Optional;

import static dockyard.store.jooq.Tables.SANDBOX;
import static dockyard.store.jooq.Tables.SANDBOX_COMMAND;

/** Sandboxes and their command logs. Times are epoch milliseconds of the wall clock. */
public final class SandboxRepository {
    /** A sandbox's row; {@code exerciseId} and {@code shareToken} may be null. */
    public record SandboxRow(long id, String publicId, long ownerId, long seed, String kind, String exerciseId,
                             String shareToken, long createdAt, long updatedAt) {
    }

    /** One command of a log, oldest first by {@code seq}. */
    public record CommandRow(int seq, String line, boolean setup, boolean play, int exitCode, String output, long at) {
    }

    /** A command to append. */
    public record NewCommand(String line, boolean setup, boolean play, int exitCode, String output) {
    }

    private final Database db;

    public SandboxRepository(Database db) {
        this.db = db;
    }

    /** Creates a sandbox with its setup commands (already run) in one transaction; returns its row. */
    public SandboxRow create(String publicId, long ownerId, long seed, String kind, String exerciseId,
                             List<NewCommand> commands, long now) {
        return db.write().transactionResult(tx -> {
            DSLContext c = tx.dsl();
            int id = c.insertInto(SANDBOX)
                    .set(SANDBOX.PUBLIC_ID, publicId)
                    .set(SANDBOX.OWNER_ID, (int) ownerId)
                    .set(SANDBOX.SEED, seed)
                    .set(SANDBOX.KIND, kind)
                    .set(SANDBOX.EXERCISE_ID, exerciseId)
                    .set(SANDBOX.CREATED_AT, now)
                    .set(SANDBOX.UPDATED_AT, now)
                    .returning(SANDBOX.ID).fetchOne(SANDBOX.ID);
            int seq = 0;
            for (NewCommand n : commands) insert(c, id, ++seq, n, now);
            return new SandboxRow(id, publicId, ownerId, seed, kind, exerciseId, null, now, now);
        });
    }

    public Optional<SandboxRow> byPublicId(String publicId) {
        return db.read().selectFrom(SANDBOX).where(SANDBOX.PUBLIC_ID.eq(publicId)).fetchOptional().map(SandboxRepository::row);
    }

    public Optional<SandboxRow> byShareToken(String token) {
        return db.read().selectFrom(SANDBOX).where(SANDBOX.SHARE_TOKEN.eq(token)).fetchOptional().map(SandboxRepository::row);
    }

    /** The learner's most recently used sandbox of that kind (and exercise, when not null). */
    public Optional<SandboxRow> latest(long ownerId, String kind, String exerciseId) {
        return db.read().selectFrom(SANDBOX)
                .where(SANDBOX.OWNER_ID.eq((int) ownerId)).and(SANDBOX.KIND.eq(kind))
                .and(exerciseId == null ? SANDBOX.EXERCISE_ID.isNull() : SANDBOX.EXERCISE_ID.eq(exerciseId))
                .orderBy(SANDBOX.UPDATED_AT.desc(), SANDBOX.ID.desc())
                .limit(1).fetchOptional().map(SandboxRepository::row);
    }

    public List<CommandRow> commands(long sandboxId) {
        return db.read().selectFrom(SANDBOX_COMMAND).where(SANDBOX_COMMAND.SANDBOX_ID.eq((int) sandboxId))
                .orderBy(SANDBOX_COMMAND.SEQ)
                .fetch(r -> new CommandRow(r.getSeq(), r.getLine(), r.getSetup() == 1, r.getPlay() == 1,
                        r.getExitCode(), r.getOutput(), r.getAt()));
    }

    /** How many commands the log holds (setup included): a cheap check that a cached engine is current. */
    public int count(long sandboxId) {
        return db.read().fetchCount(SANDBOX_COMMAND, SANDBOX_COMMAND.SANDBOX_ID.eq((int) sandboxId));
    }

    /** Appends one command as number {@code seq} (the count before it plus one). */
    public void append(long sandboxId, int seq, NewCommand n, long now) {
        db.write().transaction(tx -> {
            insert(tx.dsl(), (int) sandboxId, seq, n, now);
            touch(tx.dsl(), sandboxId, now);
        });
    }

    /** Replaces command {@code seq} (a coalesced play tick). */
    public void replace(long sandboxId, int seq, NewCommand n, long now) {
        db.write().transaction(tx -> {
            tx.dsl().update(SANDBOX_COMMAND)
                    .set(SANDBOX_COMMAND.LINE, n.line())
                    .set(SANDBOX_COMMAND.EXIT_CODE, n.exitCode())
                    .set(SANDBOX_COMMAND.OUTPUT, n.output())
                    .set(SANDBOX_COMMAND.AT, now)
                    .where(SANDBOX_COMMAND.SANDBOX_ID.eq((int) sandboxId)).and(SANDBOX_COMMAND.SEQ.eq(seq))
                    .execute();
            touch(tx.dsl(), sandboxId, now);
        });
    }

    /** Deletes every command after {@code keep} (by seq); returns how many went. */
    public int truncate(long sandboxId, int keep, long now) {
        return db.write().transactionResult(tx -> {
            int n = tx.dsl().deleteFrom(SANDBOX_COMMAND)
                    .where(SANDBOX_COMMAND.SANDBOX_ID.eq((int) sandboxId)).and(SANDBOX_COMMAND.SEQ.gt(keep))
                    .execute();
            touch(tx.dsl(), sandboxId, now);
            return n;
        });
    }

    /** Sets the share token unless one is set already; returns the sandbox's token. */
    public String share(long sandboxId, String token) {
        return db.write().transactionResult(tx -> {
            tx.dsl().update(SANDBOX).set(SANDBOX.SHARE_TOKEN, token)
                    .where(SANDBOX.ID.eq((int) sandboxId)).and(SANDBOX.SHARE_TOKEN.isNull()).execute();
            return tx.dsl().select(SANDBOX.SHARE_TOKEN).from(SANDBOX).where(SANDBOX.ID.eq((int) sandboxId)).fetchOne(SANDBOX.SHARE_TOKEN);
        });
    }

    /** Copies a sandbox's seed and log into a new free sandbox owned by {@code ownerId}. */
    public SandboxRow fork(SandboxRow from, String publicId, long ownerId, long now) {
        return db.write().transactionResult(tx -> {
            DSLContext c = tx.dsl();
            int id = c.insertInto(SANDBOX)
                    .set(SANDBOX.PUBLIC_ID, publicId)
                    .set(SANDBOX.OWNER_ID, (int) ownerId)
                    .set(SANDBOX.SEED, from.seed())
                    .set(SANDBOX.KIND, "free")
                    .set(SANDBOX.CREATED_AT, now)
                    .set(SANDBOX.UPDATED_AT, now)
                    .returning(SANDBOX.ID).fetchOne(SANDBOX.ID);
            c.insertInto(SANDBOX_COMMAND, SANDBOX_COMMAND.SANDBOX_ID, SANDBOX_COMMAND.SEQ, SANDBOX_COMMAND.LINE,
                            SANDBOX_COMMAND.SETUP, SANDBOX_COMMAND.PLAY, SANDBOX_COMMAND.EXIT_CODE, SANDBOX_COMMAND.OUTPUT, SANDBOX_COMMAND.AT)
                    .select(c.select(org.jooq.impl.DSL.val(id), SANDBOX_COMMAND.SEQ, SANDBOX_COMMAND.LINE, SANDBOX_COMMAND.SETUP,
                                    SANDBOX_COMMAND.PLAY, SANDBOX_COMMAND.EXIT_CODE, SANDBOX_COMMAND.OUTPUT, SANDBOX_COMMAND.AT)
                            .from(SANDBOX_COMMAND).where(SANDBOX_COMMAND.SANDBOX_ID.eq((int) from.id())))
                    .execute();
            return new SandboxRow(id, publicId, ownerId, from.seed(), "free", null, null, now, now);
        });
    }

    private static void insert(DSLContext c, int sandboxId, int seq, NewCommand n, long now) {
        c.insertInto(SANDBOX_COMMAND)
                .set(SANDBOX_COMMAND.SANDBOX_ID, sandboxId)
                .set(SANDBOX_COMMAND.SEQ, seq)
                .set(SANDBOX_COMMAND.LINE, n.line())
                .set(SANDBOX_COMMAND.SETUP, n.setup() ? 1 : 0)
                .set(SANDBOX_COMMAND.PLAY, n.play() ? 1 : 0)
                .set(SANDBOX_COMMAND.EXIT_CODE, n.exitCode())
                .set(SANDBOX_COMMAND.OUTPUT, n.output())
                .set(SANDBOX_COMMAND.AT, now)
                .execute();
    }

    private static void touch(DSLContext c, long sandboxId, long now) {
        c.update(SANDBOX).set(SANDBOX.UPDATED_AT, now).where(SANDBOX.ID.eq((int) sandboxId)).execute();
    }

    private static SandboxRow row(Record r0) {
        var r = r0.into(SANDBOX);
        return new SandboxRow(r.getId(), r.getPublicId(), r.getOwnerId(), r.getSeed(), r.getKind(), r.getExerciseId(),
                r.getShareToken(), r.getCreatedAt(), r.getUpdatedAt());
    }
}
