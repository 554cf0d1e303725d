package dockyard.sim.docker;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FilesystemTest {
    @Test
    void writingAFileCreatesItsParentDirectories() {
        Filesystem fs = Filesystem.empty();
        fs.write("/home/learner/app/app.py", "print('hi')\n");
        assertThat(fs.isDirectory("/home/learner/app")).isTrue();
        assertThat(fs.read("/home/learner/app/app.py")).contains("print('hi')\n");
        assertThat(fs.size("/home/learner/app/app.py")).isEqualTo(12);
        assertThat(fs.list("/home/learner")).containsExactly("app");
    }

    @Test
    void relativePathsResolveFromTheCurrentDirectory() {
        assertThat(FsPath.resolve("/home/learner", "web/../app/./x.txt")).isEqualTo("/home/learner/app/x.txt");
        assertThat(FsPath.resolve("/home/learner", "/etc/hosts")).isEqualTo("/etc/hosts");
    }

    @Test
    void aWritableLayerHidesDeletionsAndKeepsTheLowerLayerUnchanged() {
        Filesystem base = Filesystem.empty();
        base.write("/etc/a", "a");
        base.write("/etc/b", "b");
        base.freeze();
        Filesystem top = base.overlay();
        top.delete("/etc/a");
        top.write("/etc/c", "c");
        assertThat(top.list("/etc")).containsExactly("b", "c");
        assertThat(base.list("/etc")).containsExactly("a", "b");
        assertThat(top.layerSize()).isEqualTo(1);
        assertThatThrownBy(() -> base.write("/x", "y")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aMountedFileSystemSeesWritesThroughTheMountPoint() {
        Filesystem shared = Filesystem.empty();
        Filesystem root = Filesystem.empty();
        root.mount("/data", shared, "/");
        root.write("/data/out.txt", "hello");
        assertThat(shared.read("/out.txt")).contains("hello");
        assertThat(root.list("/")).contains("data");
    }

    @Test
    void aViewExposesOnlyASubdirectory() {
        Filesystem ws = Filesystem.empty();
        ws.write("/home/learner/site/index.html", "<h1>hi</h1>");
        Filesystem view = ws.view("/home/learner/site");
        assertThat(view.list("/")).containsExactly("index.html");
        view.write("/new.txt", "n");
        assertThat(ws.read("/home/learner/site/new.txt")).contains("n");
    }
}
