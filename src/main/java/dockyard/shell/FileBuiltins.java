package dockyard.shell;

import dockyard.sim.docker.FsPath;
import dockyard.sim.docker.Filesystem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The commands that work on the learner's files: cat, ls, cd, mkdir, rm, touch, with coreutils' messages. */
final class FileBuiltins {
    private FileBuiltins() {
    }

    static void register(Map<String, Command> m) {
        m.put("cat", FileBuiltins::cat);
        m.put("ls", FileBuiltins::ls);
        m.put("cd", FileBuiltins::cd);
        m.put("mkdir", FileBuiltins::mkdir);
        m.put("rm", FileBuiltins::rm);
        m.put("touch", FileBuiltins::touch);
    }

    /** Options (single letters, possibly grouped) and operands; null after printing an error for an unknown letter. */
    private record Args(String flags, List<String> operands) {
        static Args parse(Io io, String allowed) {
            StringBuilder flags = new StringBuilder();
            List<String> ops = new ArrayList<>();
            boolean done = false;
            for (String a : io.args().subList(1, io.args().size())) {
                if (!done && a.equals("--")) {
                    done = true;
                } else if (!done && a.startsWith("-") && a.length() > 1) {
                    for (char c : a.substring(1).toCharArray()) {
                        if (allowed.indexOf(c) < 0) {
                            String cmd = io.args().get(0);
                            io.eprintln(cmd + ": invalid option -- '" + c + "'");
                            io.eprintln("Try '" + cmd + " --help' for more information.");
                            return null;
                        }
                        flags.append(c);
                    }
                } else {
                    ops.add(a);
                }
            }
            return new Args(flags.toString(), ops);
        }

        boolean has(char c) {
            return flags.indexOf(c) >= 0;
        }
    }

    private static int cat(Io io) {
        Args a = Args.parse(io, "");
        if (a == null) return 1;
        if (a.operands().isEmpty()) {
            io.out().write(io.stdin());
            return 0;
        }
        Filesystem fs = io.shell().files();
        int exit = 0;
        for (String f : a.operands()) {
            if (f.equals("-")) {
                io.out().write(io.stdin());
                continue;
            }
            String abs = io.shell().absolute(f);
            if (fs.isDirectory(abs)) {
                io.eprintln("cat: " + f + ": Is a directory");
                exit = 1;
            } else if (!fs.exists(abs)) {
                io.eprintln("cat: " + f + ": No such file or directory");
                exit = 1;
            } else {
                io.out().write(fs.read(abs).orElse(""));
            }
        }
        return exit;
    }

    private static int ls(Io io) {
        Args a = Args.parse(io, "laA1h");
        if (a == null) return 2;
        Filesystem fs = io.shell().files();
        List<String> targets = a.operands().isEmpty() ? List.of(".") : a.operands();
        int exit = 0;
        boolean headers = targets.size() > 1;
        for (String t : targets) {
            String abs = io.shell().absolute(t);
            if (!fs.exists(abs)) {
                io.eprintln("ls: cannot access '" + t + "': No such file or directory");
                exit = 2;
                continue;
            }
            List<String> names = fs.isDirectory(abs) ? fs.list(abs) : List.of(t);
            if (!a.has('a') && !a.has('A')) names = names.stream().filter(n -> !n.startsWith(".")).toList();
            if (headers && fs.isDirectory(abs)) io.println(t + ":");
            if (a.has('l')) {
                if (fs.isDirectory(abs)) io.println("total " + names.size() * 4);
                for (String n : names) {
                    String p = fs.isDirectory(abs) ? abs + "/" + n : abs;
                    boolean dir = fs.isDirectory(p);
                    io.println(String.format("%s 1 learner learner %5d %s %s", dir ? "drwxr-xr-x" : "-rw-r--r--",
                            dir ? 4096 : fs.size(p), Timestamps.lsDate(io.shell().world().kernel().instant()), n));
                }
            } else if (!names.isEmpty()) {
                io.println(String.join(a.has('1') ? "\n" : "  ", names));
            }
        }
        return exit;
    }

    private static int cd(Io io) {
        List<String> ops = io.args().subList(1, io.args().size());
        if (ops.size() > 1) {
            io.eprintln("bash: cd: too many arguments");
            return 1;
        }
        String target = ops.isEmpty() ? io.shell().home() : ops.get(0);
        String abs = io.shell().absolute(target);
        Filesystem fs = io.shell().files();
        if (!fs.exists(abs)) {
            io.eprintln("bash: cd: " + target + ": No such file or directory");
            return 1;
        }
        if (!fs.isDirectory(abs)) {
            io.eprintln("bash: cd: " + target + ": Not a directory");
            return 1;
        }
        io.shell().cd(abs);
        return 0;
    }

    private static int mkdir(Io io) {
        Args a = Args.parse(io, "pv");
        if (a == null) return 1;
        if (a.operands().isEmpty()) {
            io.eprintln("mkdir: missing operand");
            io.eprintln("Try 'mkdir --help' for more information.");
            return 1;
        }
        Filesystem fs = io.shell().files();
        int exit = 0;
        for (String d : a.operands()) {
            String abs = io.shell().absolute(d);
            if (fs.exists(abs)) {
                if (a.has('p') && fs.isDirectory(abs)) continue;
                io.eprintln("mkdir: cannot create directory ‘" + d + "’: File exists");
                exit = 1;
            } else if (!writable(io, abs)) {
                io.eprintln("mkdir: cannot create directory ‘" + d + "’: Permission denied");
                exit = 1;
            } else if (!a.has('p') && !fs.isDirectory(FsPath.parent(abs))) {
                io.eprintln("mkdir: cannot create directory ‘" + d + "’: No such file or directory");
                exit = 1;
            } else {
                fs.mkdirs(abs);
            }
        }
        return exit;
    }

    private static int rm(Io io) {
        Args a = Args.parse(io, "rRfv");
        if (a == null) return 1;
        boolean force = a.has('f');
        boolean recursive = a.has('r') || a.has('R');
        if (a.operands().isEmpty() && !force) {
            io.eprintln("rm: missing operand");
            io.eprintln("Try 'rm --help' for more information.");
            return 1;
        }
        Filesystem fs = io.shell().files();
        int exit = 0;
        for (String f : a.operands()) {
            String abs = io.shell().absolute(f);
            if (!fs.exists(abs)) {
                if (!force) {
                    io.eprintln("rm: cannot remove '" + f + "': No such file or directory");
                    exit = 1;
                }
            } else if (fs.isDirectory(abs) && !recursive) {
                io.eprintln("rm: cannot remove '" + f + "': Is a directory");
                exit = 1;
            } else if (!writable(io, abs) || abs.equals(io.shell().home())) {
                io.eprintln("rm: cannot remove '" + f + "': Permission denied");
                exit = 1;
            } else {
                fs.delete(abs);
            }
        }
        return exit;
    }

    private static int touch(Io io) {
        Args a = Args.parse(io, "");
        if (a == null) return 1;
        Filesystem fs = io.shell().files();
        int exit = 0;
        for (String f : a.operands()) {
            String abs = io.shell().absolute(f);
            if (fs.exists(abs)) continue;
            if (!writable(io, abs) || !fs.isDirectory(FsPath.parent(abs))) {
                io.eprintln("touch: cannot touch '" + f + "': " + (writable(io, abs) ? "No such file or directory" : "Permission denied"));
                exit = 1;
            } else {
                fs.write(abs, "");
            }
        }
        return exit;
    }

    /** The learner may write under their home and /tmp only. */
    static boolean writable(Io io, String abs) {
        return abs.startsWith(io.shell().home() + "/") || abs.startsWith("/tmp/");
    }
}
