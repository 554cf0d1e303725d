package dockyard.content;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The course the site serves. Bundled content is loaded once. In dev mode the folder on disk is re-read when a
 * file's modification time, or the number of files, changes; the check walks the folder's metadata at most
 * every {@value #CHECK_EVERY_MS} ms, so a page view costs nothing between checks.
 */
public final class LiveCourse implements Supplier<Course> {
    static final long CHECK_EVERY_MS = 500;
    private static final Logger log = LoggerFactory.getLogger(LiveCourse.class);
    private final Path root;
    private final boolean watch;
    private final LongSupplier nanoTime;
    private final Consumer<Course> onLoad;
    private volatile Course course;
    private volatile long lastCheck;
    private long fingerprint;

    private LiveCourse(Path root, boolean watch, LongSupplier nanoTime, Consumer<Course> onLoad) {
        this.root = root;
        this.watch = watch;
        this.nanoTime = nanoTime;
        this.onLoad = onLoad;
    }

    /**
     * @param root    the content folder, or null for none (an empty course)
     * @param watch   reload on change (dev mode)
     * @param onLoad  called with every course loaded, the first included (e.g. to index it for search)
     */
    public static LiveCourse open(Path root, boolean watch, Consumer<Course> onLoad) {
        return open(root, watch, System::nanoTime, onLoad);
    }

    static LiveCourse open(Path root, boolean watch, LongSupplier nanoTime, Consumer<Course> onLoad) {
        LiveCourse live = new LiveCourse(root, watch, nanoTime, onLoad);
        live.reload();
        return live;
    }

    @Override
    public Course get() {
        if (watch) {
            long now = nanoTime.getAsLong();
            if (now - lastCheck > CHECK_EVERY_MS * 1_000_000) {
                synchronized (this) {
                    if (now - lastCheck > CHECK_EVERY_MS * 1_000_000) {
                        lastCheck = now;
                        if (fingerprint(root) != fingerprint) reload();
                    }
                }
            }
        }
        return course;
    }

    private synchronized void reload() {
        if (root == null) {
            log.warn("no content/ found: the course is empty");
            course = Course.empty();
        } else {
            fingerprint = fingerprint(root);
            ContentLoader.Loaded loaded = ContentLoader.load(root);
            loaded.problems().forEach(p -> log.warn("content problem: {}", p));
            course = loaded.course();
            log.info("content loaded: {} lessons, {} problems", course.lessons().size(), loaded.problems().size());
        }
        lastCheck = nanoTime.getAsLong();
        onLoad.accept(course);
    }

    /** Sum of (file count, modification times, sizes) under the folder: changes whenever a file does. */
    static long fingerprint(Path root) {
        if (root == null) return 0;
        long[] acc = {0};
        try (Stream<Path> walk = Files.walk(root)) {
            walk.forEach(p -> {
                try {
                    BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                    acc[0] = acc[0] * 31 + p.hashCode();
                    acc[0] = acc[0] * 31 + a.lastModifiedTime().toMillis();
                    acc[0] = acc[0] * 31 + a.size();
                } catch (IOException e) {
                    acc[0]++;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return acc[0];
    }

    /** Problems of the current content (re-reads the folder). */
    public List<ContentProblem> problems() {
        return root == null ? List.of() : ContentLoader.load(root).problems();
    }
}
