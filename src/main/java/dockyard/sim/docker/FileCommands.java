package dockyard.sim.docker;

import java.util.ArrayList;
import java.util.List;

/** The file commands of a container's shell: {@code ls}, {@code mkdir}, {@code rm}, {@code cp}, {@code mv}. */
final class FileCommands {
    private FileCommands() {
    }

    static Builtins.Outcome ls(List<String> args, ShellState st) {
        List<String> paths = new ArrayList<>();
        boolean all = false;
        for (String a : args) {
            if (a.startsWith("-")) all |= a.contains("a");
            else paths.add(a);
        }
        if (paths.isEmpty()) paths.add(".");
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        for (String a : paths) {
            String p = FsPath.resolve(st.cwd, a);
            if (!st.fs.exists(p)) {
                err.append("ls: cannot access '").append(a).append("': No such file or directory\n");
            } else if (st.fs.isDirectory(p)) {
                if (paths.size() > 1) out.append(a).append(":\n");
                for (String n : st.fs.list(p)) if (all || !n.startsWith(".")) out.append(n).append('\n');
            } else {
                out.append(a).append('\n');
            }
        }
        return new Builtins.Outcome(out.toString(), err.toString(), err.length() > 0 ? 2 : 0, 0, false);
    }

    static Builtins.Outcome mkdir(List<String> args, ShellState st) {
        boolean parents = args.contains("-p");
        StringBuilder err = new StringBuilder();
        for (String a : args) {
            if (a.startsWith("-")) continue;
            String p = FsPath.resolve(st.cwd, a);
            if (st.fs.exists(p) && !parents) err.append("mkdir: cannot create directory '").append(a).append("': File exists\n");
            else if (!parents && !st.fs.isDirectory(FsPath.parent(p))) {
                err.append("mkdir: cannot create directory '").append(a).append("': No such file or directory\n");
            } else st.fs.mkdirs(p);
        }
        return new Builtins.Outcome("", err.toString(), err.length() > 0 ? 1 : 0, 0, false);
    }

    static Builtins.Outcome rm(List<String> args, ShellState st) {
        boolean force = false;
        boolean recursive = false;
        StringBuilder err = new StringBuilder();
        for (String a : args) {
            if (a.startsWith("-")) {
                force |= a.contains("f");
                recursive |= a.contains("r") || a.contains("R");
                continue;
            }
            String p = FsPath.resolve(st.cwd, a);
            if (!st.fs.exists(p)) {
                if (!force) err.append("rm: cannot remove '").append(a).append("': No such file or directory\n");
            } else if (st.fs.isDirectory(p) && !recursive) {
                err.append("rm: cannot remove '").append(a).append("': Is a directory\n");
            } else {
                st.fs.delete(p);
            }
        }
        return new Builtins.Outcome("", err.toString(), err.length() > 0 ? 1 : 0, 0, false);
    }

    static Builtins.Outcome copy(String name, List<String> args, ShellState st) {
        List<String> ops = args.stream().filter(a -> !a.startsWith("-")).toList();
        if (ops.size() < 2) return Builtins.Outcome.error(name + ": missing file operand\n", 1);
        String src = FsPath.resolve(st.cwd, ops.get(0));
        String dst = FsPath.resolve(st.cwd, ops.get(1));
        if (!st.fs.exists(src)) {
            return Builtins.Outcome.error(name + ": cannot stat '" + ops.get(0) + "': No such file or directory\n", 1);
        }
        if (st.fs.isDirectory(dst)) dst = dst + "/" + FsPath.baseName(src);
        st.fs.copyFrom(st.fs, src, dst);
        if (name.equals("mv")) st.fs.delete(src);
        return Builtins.Outcome.status(0);
    }
}
