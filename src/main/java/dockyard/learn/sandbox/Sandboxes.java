package dockyard.learn.sandbox;

import dockyard.shell.CommandResult;
import dockyard.shell.Shell;
import dockyard.shell.ShellSession;
import dockyard.store.SandboxRepository;
import dockyard.store.SandboxRepository.CommandRow;
import dockyard.store.SandboxRepository.NewCommand;
import dockyard.store.SandboxRepository.SandboxRow;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * Event-sourced sandboxes: a sandbox is its seed plus its command log in the database; its state is rebuilt by
 * replaying the log through a {@link ShellSession}. Live engines are only a bounded LRU cache ({@link Engines}),
 * checked against the stored log's length before each use, so any server instance can serve any sandbox and a
 * restart loses nothing. Every change is refused with a {@link SandboxError} and changes nothing when the learner
 * does not own the sandbox, is over the rate limit, or sends a command over 64 KiB.
 */
public final class Sandboxes {
    /** Longest command output kept for the console, in characters; the engine's state is never cut. */
    public static final int MAX_OUTPUT_CHARS = 64 * 1024;
    /** Longest single time step of the page's buttons and play mode, in simulated seconds. */
    public static final long MAX_STEP_SECONDS = 3600;

    private final SandboxRepository repo;
    private final Engines engines;
    private final RateLimit rate;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public Sandboxes(SandboxRepository repo, int engineCapacity, RateLimit rate, Clock clock) {
        this.repo = repo;
        this.engines = new Engines(engineCapacity);
        this.rate = rate;
        this.clock = clock;
    }

    // --- finding and creating ---

    /** The learner's free-play sandbox, created on first use. */
    public Sandbox freePlay(long learnerId) {
        return repo.latest(learnerId, Sandbox.FREE, null).map(Sandboxes::of)
                .orElseGet(() -> create(learnerId, Sandbox.FREE, null, List.of()));
    }

    /**
     * The learner's sandbox for an exercise, created on first use with {@code setup} run first (setup commands are
     * part of the log but neither undone nor reset).
     */
    public Sandbox forExercise(long learnerId, String exerciseId, List<String> setup) {
        return repo.latest(learnerId, Sandbox.EXERCISE, exerciseId).map(Sandboxes::of)
                .orElseGet(() -> create(learnerId, Sandbox.EXERCISE, exerciseId, setup));
    }

    /**
     * The learner's sandbox for one hands-on answer ({@code key} names the question and the attempt row), created
     * on first use with {@code setup} run first; a new practice run gets a new key, hence a fresh sandbox.
     */
    public Sandbox forQuestion(long learnerId, String key, List<String> setup) {
        return repo.latest(learnerId, Sandbox.QUESTION, key).map(Sandboxes::of)
                .orElseGet(() -> create(learnerId, Sandbox.QUESTION, key, setup));
    }

    /** The learner's sandbox for one hands-on answer, if they opened it. */
    public java.util.Optional<Sandbox> findQuestion(long learnerId, String key) {
        return repo.latest(learnerId, Sandbox.QUESTION, key).map(Sandboxes::of);
    }

    /** A new sandbox with a seed from a secure random source and {@code setup} already run. */
    public Sandbox create(long learnerId, String kind, String exerciseId, List<String> setup) {
        long seed = random.nextLong();
        ShellSession session = new ShellSession(seed);
        List<NewCommand> rows = new ArrayList<>();
        for (String line : setup) {
            CommandResult r = session.run(line);
            rows.add(new NewCommand(line, true, false, r.exit(), cut(r.terminal())));
        }
        Sandbox s = of(repo.create(token(16), learnerId, seed, kind, exerciseId, rows, clock.millis()));
        Engines.Live live = engines.get(s.id());
        synchronized (live) {
            live.session = session;
            live.commands = rows.size();
            live.last = null;
            if (!rows.isEmpty()) {
                NewCommand n = rows.get(rows.size() - 1);
                live.last = new CommandRow(rows.size(), n.line(), true, false, n.exitCode(), n.output(), 0);
            }
        }
        return s;
    }

    /** The learner's own sandbox by its public id; NOT_FOUND for unknown and foreign ones alike. */
    public Sandbox owned(long learnerId, String publicId) {
        return repo.byPublicId(publicId == null ? "" : publicId).filter(r -> r.ownerId() == learnerId).map(Sandboxes::of)
                .orElseThrow(() -> new SandboxError(SandboxError.Reason.NOT_FOUND));
    }

    /** A shared sandbox by its share token (read-only for whoever opens it). */
    public Sandbox shared(String token) {
        return repo.byShareToken(token == null ? "" : token).map(Sandboxes::of)
                .orElseThrow(() -> new SandboxError(SandboxError.Reason.NOT_FOUND));
    }

    // --- reading ---

    /** The page: the log as console entries and the current scene. */
    public Page page(Sandbox s) {
        List<CommandRow> rows = repo.commands(s.id());
        List<Entry> entries = rows.stream().map(Sandboxes::entry).toList();
        return new Page(s, entries, withSession(s, rows, SceneReader::read));
    }

    /** The current scene alone, for polling. */
    public Scene scene(Sandbox s) {
        return withSession(s, null, SceneReader::read);
    }

    /**
     * Runs {@code work} on the sandbox's live session, holding its lock. For read-only inspection (the exercises'
     * goal checks): {@code work} must not change the world or the shell.
     */
    public <T> T inspect(Sandbox s, Function<ShellSession, T> work) {
        return withSession(s, null, work);
    }

    /** Candidates for Tab completion of {@code line} (whole words), from the shell's own catalogue. */
    public List<String> complete(Sandbox s, String line) {
        return withSession(s, null, session -> Completion.candidates(session.shell(), line));
    }

    // --- changing ---

    /** Runs one command in the learner's sandbox and appends it to the log. A blank line changes nothing. */
    public Ran run(long learnerId, String publicId, String line) {
        Sandbox s = owned(learnerId, publicId);
        String command = line == null ? "" : line.replace("\r\n", "\n").stripTrailing();
        if (command.getBytes(StandardCharsets.UTF_8).length > Shell.MAX_COMMAND_BYTES) throw new SandboxError(SandboxError.Reason.TOO_LONG);
        rate.acquire(learnerId);
        if (command.isBlank()) return new Ran(null, scene(s));
        return append(s, command, false, 0);
    }

    /** Saves a file by logging the heredoc that writes it. */
    public Ran saveFile(long learnerId, String publicId, String path, String text) {
        owned(learnerId, publicId);
        return run(learnerId, publicId, FileCommand.write(path, text == null ? "" : text));
    }

    /**
     * Advances simulated time by {@code seconds} (1..{@link #MAX_STEP_SECONDS}) with a logged {@code sim advance}.
     * Play-mode steps are coalesced: when the last logged command is a play step, it grows instead of a new one.
     */
    public Ran advance(long learnerId, String publicId, long seconds, boolean play) {
        Sandbox s = owned(learnerId, publicId);
        long step = Math.max(1, Math.min(MAX_STEP_SECONDS, seconds));
        rate.acquire(learnerId);
        return append(s, "sim advance " + step + "s", play, step);
    }

    /** Removes the learner's last command (never a setup one) and rebuilds the engine from the rest. */
    public void undo(long learnerId, String publicId) {
        Sandbox s = owned(learnerId, publicId);
        List<CommandRow> rows = repo.commands(s.id());
        if (rows.isEmpty() || rows.get(rows.size() - 1).setup()) throw new SandboxError(SandboxError.Reason.NOTHING_TO_UNDO);
        truncate(s, rows.get(rows.size() - 1).seq() - 1);
    }

    /** Back to the start: only the setup commands remain. */
    public void reset(long learnerId, String publicId) {
        Sandbox s = owned(learnerId, publicId);
        int keep = (int) repo.commands(s.id()).stream().filter(CommandRow::setup).count();
        truncate(s, keep);
    }

    /** The sandbox's share token, made on first share; the link opens a read-only copy. */
    public String share(long learnerId, String publicId) {
        Sandbox s = owned(learnerId, publicId);
        return s.shareToken() != null ? s.shareToken() : repo.share(s.id(), token(24));
    }

    /** Copies a shared sandbox (seed and log) into a new free sandbox owned by the learner. */
    public Sandbox fork(long learnerId, String shareToken) {
        Sandbox from = shared(shareToken);
        return of(repo.fork(row(from), token(16), learnerId, clock.millis()));
    }

    /** Live engines cached now (for tests and the load script). */
    public int cachedEngines() {
        return engines.size();
    }

    // --- inside ---

    private Ran append(Sandbox s, String command, boolean play, long playSeconds) {
        Engines.Live live = engines.get(s.id());
        synchronized (live) {
            current(s, live);
            CommandRow last = live.last;
            try {
                CommandResult r = live.session.run(command);
                long now = clock.millis();
                if (play && last != null && last.play() && !last.setup() && r.exit() == 0) {
                    long total = Long.parseLong(last.line().replaceAll("\\D", "")) + playSeconds;
                    if (total <= MAX_STEP_SECONDS * 24) {
                        CommandRow merged = new CommandRow(last.seq(), "sim advance " + total + "s", false, true, 0, cut(r.terminal()), now);
                        repo.replace(s.id(), last.seq(), new NewCommand(merged.line(), false, true, 0, merged.output()), now);
                        live.last = merged;
                        return new Ran(entry(merged), SceneReader.read(live.session));
                    }
                }
                CommandRow row = new CommandRow(live.commands + 1, command, false, play, r.exit(), cut(r.terminal()), now);
                repo.append(s.id(), row.seq(), new NewCommand(command, false, play, r.exit(), row.output()), now);
                live.commands++;
                live.last = row;
                return new Ran(entry(row), SceneReader.read(live.session));
            } catch (RuntimeException e) {
                live.session = null;
                engines.evict(s.id());
                throw e;
            }
        }
    }

    private void truncate(Sandbox s, int keep) {
        Engines.Live live = engines.get(s.id());
        synchronized (live) {
            repo.truncate(s.id(), keep, clock.millis());
            live.session = null;
            current(s, live);
        }
    }

    private <T> T withSession(Sandbox s, List<CommandRow> known, Function<ShellSession, T> work) {
        Engines.Live live = engines.get(s.id());
        synchronized (live) {
            if (known == null || live.session == null || live.commands != known.size()) current(s, live);
            return work.apply(live.session);
        }
    }

    /** Makes the live engine match the stored log, rebuilding it by replay when it does not. Hold its lock. */
    private void current(Sandbox s, Engines.Live live) {
        if (live.session != null && live.commands == repo.count(s.id())) return;
        List<CommandRow> rows = repo.commands(s.id());
        live.session = ShellSession.replay(s.seed(), rows.stream().map(CommandRow::line).toList());
        live.commands = rows.size();
        live.last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
    }

    private static Entry entry(CommandRow r) {
        return new Entry(r.seq(), r.line(), r.exitCode(), r.output(), r.setup());
    }

    private static String cut(String output) {
        return output.length() <= MAX_OUTPUT_CHARS ? output : output.substring(0, MAX_OUTPUT_CHARS) + "\n… (output cut at 64 KiB)\n";
    }

    private String token(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static Sandbox of(SandboxRow r) {
        return new Sandbox(r.id(), r.publicId(), r.ownerId(), r.seed(), r.kind(), r.exerciseId(), r.shareToken());
    }

    private static SandboxRow row(Sandbox s) {
        return new SandboxRow(s.id(), s.publicId(), s.ownerId(), s.seed(), s.kind(), s.exerciseId(), s.shareToken(), 0, 0);
    }
}
