package dockyard.learn.sandbox;

import dockyard.shell.ShellSession;
import dockyard.store.SandboxRepository;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The bounded cache of live engines, least recently used first out. A cached engine is only a speed-up: it
 * knows how many logged commands it has run, and callers rebuild it from the log whenever that differs from
 * the stored log (another server instance wrote, an undo, a reset).
 */
final class Engines {
    /** A live engine; lock on it while using its session. {@code commands} = log entries it has run. */
    static final class Live {
        ShellSession session;
        int commands;
        /** The last logged command, or null: play steps coalesce into it. */
        SandboxRepository.CommandRow last;
    }

    private final int capacity;
    private final Map<Long, Live> cache;

    Engines(int capacity) {
        this.capacity = capacity;
        this.cache = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Live> eldest) {
                return size() > Engines.this.capacity;
            }
        };
    }

    /** The cached engine for the sandbox, or a new empty one (session null) that the caller fills. */
    synchronized Live get(long sandboxId) {
        return cache.computeIfAbsent(sandboxId, k -> new Live());
    }

    synchronized void evict(long sandboxId) {
        cache.remove(sandboxId);
    }

    synchronized int size() {
        return cache.size();
    }

    static <T> T locked(Live live, Supplier<T> work) {
        synchronized (live) {
            return work.get();
        }
    }
}
