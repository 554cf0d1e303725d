package dockyard.content;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class LiveCourseTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final List<Course> loads = new ArrayList<>();

    @Test
    void inDevModeAnEditedLessonIsPickedUpWithoutARestart() throws IOException {
        Path root = Fixtures.copy();
        LiveCourse live = LiveCourse.open(root, true, now::get, loads::add);
        Course first = live.get();
        assertThat(first.lesson("images").orElseThrow().title().text("en")).isEqualTo("Images and registries");

        Path yaml = root.resolve("lessons/02-images/lesson.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("Images and registries", "Images, registries and tags"));
        Files.setLastModifiedTime(yaml, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        assertThat(live.get()).as("not checked again within the interval").isSameAs(first);

        now.addAndGet(LiveCourse.CHECK_EVERY_MS * 1_000_000 + 1);
        assertThat(live.get().lesson("images").orElseThrow().title().text("en")).isEqualTo("Images, registries and tags");
        assertThat(loads).hasSize(2);
    }

    @Test
    void nothingIsReloadedWhileNoFileChanges() {
        LiveCourse live = LiveCourse.open(Fixtures.copy(), true, now::get, loads::add);
        Course first = live.get();
        now.addAndGet(LiveCourse.CHECK_EVERY_MS * 1_000_000 * 3);
        assertThat(live.get()).isSameAs(first);
        assertThat(loads).hasSize(1);
    }

    @Test
    void bundledContentIsLoadedOnceAndNeverWatched() throws IOException {
        Path root = Fixtures.copy();
        LiveCourse live = LiveCourse.open(root, false, now::get, loads::add);
        Course first = live.get();
        Files.delete(root.resolve("lessons/02-images/en.md"));
        now.addAndGet(LiveCourse.CHECK_EVERY_MS * 1_000_000 * 3);
        assertThat(live.get()).isSameAs(first);
    }
}
