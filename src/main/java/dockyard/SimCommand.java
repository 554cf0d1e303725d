package dockyard;

import dockyard.shell.ScriptRunner;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** {@code sim [--seed N] [--jsonl] FILE}: runs a sandbox script headless ({@code -} reads standard input). */
final class SimCommand {
    static final String USAGE = "usage: sim [--seed N] [--jsonl] FILE   (FILE - reads standard input)";

    private SimCommand() {
    }

    static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) throws IOException {
        long seed = 0;
        boolean jsonl = false;
        String file = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--jsonl" -> jsonl = true;
                case "--seed" -> {
                    if (i + 1 >= args.length) {
                        err.println("sim: --seed needs a number\n" + USAGE);
                        return 2;
                    }
                    try {
                        seed = Long.parseLong(args[++i]);
                    } catch (NumberFormatException e) {
                        err.println("sim: --seed needs a number, not '" + args[i] + "'\n" + USAGE);
                        return 2;
                    }
                }
                default -> {
                    if (file != null || (args[i].startsWith("-") && !args[i].equals("-"))) {
                        err.println("sim: unexpected argument '" + args[i] + "'\n" + USAGE);
                        return 2;
                    }
                    file = args[i];
                }
            }
        }
        if (file == null) {
            err.println(USAGE);
            return 2;
        }
        String script;
        try {
            script = file.equals("-") ? new String(stdin.readAllBytes(), StandardCharsets.UTF_8)
                    : Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            err.println("sim: " + file + ": No such file or directory");
            return 2;
        }
        PrintStream o = new PrintStream(out, false, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, false, StandardCharsets.UTF_8);
        ScriptRunner.run(script, seed, jsonl, o, e);
        o.flush();
        e.flush();
        return 0;
    }
}
