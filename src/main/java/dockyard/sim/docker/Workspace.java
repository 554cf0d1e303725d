package dockyard.sim.docker;

/**
 * The learner's own machine: a {@link Filesystem} whose home is {@value #HOME}, where the shell's heredocs and the
 * editor put Dockerfiles and application files, and which {@code docker build} reads as its context.
 */
public final class Workspace {
    /** The learner's home and the shell's starting directory. */
    public static final String HOME = "/home/learner";

    private Workspace() {
    }

    /** A fresh workspace: an empty home directory and {@code /tmp}. */
    public static Filesystem create() {
        Filesystem fs = Filesystem.empty();
        fs.mkdirs(HOME);
        fs.mkdirs("/tmp");
        return fs;
    }
}
