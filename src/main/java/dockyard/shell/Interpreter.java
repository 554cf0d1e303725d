package dockyard.shell;

import dockyard.sim.docker.FsPath;
import dockyard.shell.parse.Ast.AndOr;
import dockyard.shell.parse.Ast.Assignment;
import dockyard.shell.parse.Ast.Pipeline;
import dockyard.shell.parse.Ast.Redirect;
import dockyard.shell.parse.Ast.Script;
import dockyard.shell.parse.Ast.SimpleCommand;
import dockyard.shell.parse.Ast.Word;
import dockyard.sim.docker.Filesystem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs parsed command lines: lists, {@code &&}/{@code ||}, pipelines, redirections, then the command itself. */
final class Interpreter {
    private static final int MAX_SUBSTITUTION_DEPTH = 16;

    private final Shell shell;
    private final Expander expander = new Expander(this);
    private int substitutionDepth;
    private int lastSubstitutionExit = -1;

    Interpreter(Shell shell) {
        this.shell = shell;
    }

    Shell shell() {
        return shell;
    }

    int run(Script script, String stdin, Sink out, Sink err) {
        int exit = shell.lastExit();
        for (AndOr item : script.items()) {
            exit = runAndOr(item, stdin, out, err);
            shell.setLastExit(exit);
        }
        return exit;
    }

    private int runAndOr(AndOr item, String stdin, Sink out, Sink err) {
        int exit = runPipeline(item.pipelines().get(0), stdin, out, err);
        for (int i = 1; i < item.pipelines().size(); i++) {
            shell.setLastExit(exit);
            boolean and = item.ops().get(i - 1).equals("&&");
            if (and == (exit == 0)) exit = runPipeline(item.pipelines().get(i), stdin, out, err);
        }
        return exit;
    }

    private int runPipeline(Pipeline p, String stdin, Sink out, Sink err) {
        String input = stdin;
        int exit = 0;
        List<SimpleCommand> cmds = p.commands();
        for (int i = 0; i < cmds.size(); i++) {
            boolean last = i == cmds.size() - 1;
            Sink.Buffer pipe = last ? null : new Sink.Buffer();
            exit = runSimple(cmds.get(i), input, last ? out : pipe, err);
            if (!last) input = pipe.text();
        }
        return p.negated() ? (exit == 0 ? 1 : 0) : exit;
    }

    private int runSimple(SimpleCommand cmd, String stdin, Sink out, Sink err) {
        try {
            lastSubstitutionExit = -1;
            List<String> argv = new ArrayList<>();
            for (Word w : cmd.words()) argv.addAll(expander.fields(w, err));
            Map<String, String> assigned = new LinkedHashMap<>();
            for (Assignment a : cmd.assignments()) {
                String value = expander.string(a.value(), err);
                if (argv.isEmpty()) shell.setVariable(a.name(), value);
                else assigned.put(a.name(), value);
            }
            Redirections r = new Redirections(stdin, out, err);
            for (Redirect red : cmd.redirects()) r.apply(red);
            int exit;
            if (argv.isEmpty()) {
                exit = lastSubstitutionExit < 0 ? 0 : lastSubstitutionExit;
            } else {
                Map<String, String> env = shell.environment();
                env.putAll(assigned);
                exit = shell.dispatch(new Io(List.copyOf(argv), r.stdin, r.out, r.err, env, shell));
            }
            r.close();
            return exit;
        } catch (ShellError e) {
            err.write(e.getMessage() + "\n");
            return e.exit();
        }
    }

    /** Runs {@code $(…)} in a subshell: its variables and directory changes do not leak out. */
    String substitute(Script script, Sink err) throws ShellError {
        if (substitutionDepth >= MAX_SUBSTITUTION_DEPTH) throw new ShellError("bash: command substitution nested too deeply", 1);
        Shell.State saved = shell.save();
        Sink.Buffer captured = new Sink.Buffer();
        substitutionDepth++;
        int exit;
        try {
            exit = run(script, "", captured, err);
        } finally {
            substitutionDepth--;
            shell.restore(saved);
        }
        lastSubstitutionExit = exit;
        String text = captured.text();
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '\n') end--;
        return text.substring(0, end);
    }

    /** The descriptors of one command after its redirections; files are written when it finishes. */
    private final class Redirections {
        private String stdin;
        private Sink out;
        private Sink err;
        private final List<Runnable> onClose = new ArrayList<>();

        Redirections(String stdin, Sink out, Sink err) {
            this.stdin = stdin;
            this.out = out;
            this.err = err;
        }

        void apply(Redirect r) throws ShellError {
            switch (r.op()) {
                case "<<" -> stdin = expander.string(r.heredoc(), err);
                case "<<<" -> stdin = expander.string(r.target(), err) + "\n";
                case "<" -> stdin = readFile(target(r));
                case ">&", "<&" -> duplicate(r);
                case ">", ">>" -> {
                    Sink s = fileSink(target(r), r.op().equals(">>"));
                    if (r.fd() == -2) {
                        out = s;
                        err = s;
                    } else if (r.fd() == 1) {
                        out = s;
                    } else if (r.fd() == 2) {
                        err = s;
                    }
                }
                default -> throw new ShellError("bash: unsupported redirection " + r.op(), 1);
            }
        }

        private void duplicate(Redirect r) throws ShellError {
            String t = target(r);
            Sink to = switch (t) {
                case "1" -> out;
                case "2" -> err;
                case "-" -> Sink.NULL;
                default -> throw new ShellError("bash: " + t + ": ambiguous redirect", 1);
            };
            if (r.fd() == 1) out = to;
            else if (r.fd() == 2) err = to;
        }

        private String target(Redirect r) throws ShellError {
            List<String> f = expander.fields(r.target(), err);
            if (f.size() != 1) throw new ShellError("bash: ambiguous redirect", 1);
            return f.get(0);
        }

        private String readFile(String path) throws ShellError {
            Filesystem fs = shell.files();
            String abs = shell.absolute(path);
            if (fs.isDirectory(abs)) throw new ShellError("bash: " + path + ": Is a directory", 1);
            return fs.read(abs).orElseThrow(() -> new ShellError("bash: " + path + ": No such file or directory", 1));
        }

        private Sink fileSink(String path, boolean append) throws ShellError {
            if (path.equals("/dev/null")) return Sink.NULL;
            Filesystem fs = shell.files();
            String abs = shell.absolute(path);
            if (fs.isDirectory(abs)) throw new ShellError("bash: " + path + ": Is a directory", 1);
            if (!abs.startsWith(shell.home() + "/") && !abs.startsWith("/tmp/")) {
                throw new ShellError("bash: " + path + ": Permission denied", 1);
            }
            if (!fs.isDirectory(FsPath.parent(abs))) throw new ShellError("bash: " + path + ": No such file or directory", 1);
            if (!append) fs.write(abs, "");
            else if (!fs.exists(abs)) fs.write(abs, "");
            Sink.Buffer buf = new Sink.Buffer();
            onClose.add(() -> fs.append(abs, buf.text()));
            return buf;
        }

        void close() {
            for (Runnable r : onClose) r.run();
        }
    }
}
