package dockyard.learn.sandbox;

import dockyard.shell.ShellSession;
import dockyard.sim.Timeline;
import dockyard.sim.World;
import dockyard.sim.docker.Filesystem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a {@link Scene} from a live session; read-only (no time moves, no random numbers are drawn). */
final class SceneReader {
    /** Newest timeline entries shown. */
    static final int TIMELINE = 80;
    /** Files listed, and the largest one whose text the editor gets (bytes). */
    static final int MAX_FILES = 40;
    static final int MAX_EDIT_BYTES = 64 * 1024;

    private SceneReader() {
    }

    static Scene read(ShellSession session) {
        World world = session.world();
        List<Timeline.Entry> all = world.timeline().entries();
        List<Timeline.Entry> recent = new ArrayList<>(all.subList(Math.max(0, all.size() - TIMELINE), all.size()));
        java.util.Collections.reverse(recent);
        return new Scene(world.kernel().instant(), world.kernel().now(), new ClusterReader(world).read(), recent, files(session));
    }

    private static List<Scene.File> files(ShellSession session) {
        String home = session.shell().home();
        List<Scene.File> out = new ArrayList<>();
        for (Map.Entry<String, Filesystem.Node> f : session.world().workspace().files(home).entrySet()) {
            String rel = f.getKey().substring(home.length() + 1);
            if (rel.startsWith(".")) continue; // tool state such as .docker/config.json
            Filesystem.Node n = f.getValue();
            String text = n.binary() || n.size() > MAX_EDIT_BYTES ? null : n.text();
            out.add(new Scene.File(rel, n.size(), text));
            if (out.size() == MAX_FILES) break;
        }
        return out;
    }
}
