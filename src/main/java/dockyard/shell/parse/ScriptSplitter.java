package dockyard.shell.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a script into the commands a sandbox would run one by one: each line is a command, except that a
 * {@code \}-continued line, an open quote, an unfinished heredoc or a trailing {@code |}, {@code &&},
 * {@code ||} joins the following lines into the same command. Blank lines and lines that are only a
 * {@code #} comment are not commands.
 */
public final class ScriptSplitter {
    private ScriptSplitter() {
    }

    public static List<String> split(String script) {
        List<String> commands = new ArrayList<>();
        String[] lines = script.replace("\r\n", "\n").split("\n", -1);
        StringBuilder buf = new StringBuilder();
        for (String line : lines) {
            if (buf.length() == 0) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) continue;
                buf.append(line);
            } else {
                buf.append('\n').append(line);
            }
            if (!incomplete(buf.toString())) {
                commands.add(buf.toString());
                buf.setLength(0);
            }
        }
        if (buf.length() > 0) commands.add(buf.toString());
        return commands;
    }

    private static boolean incomplete(String text) {
        try {
            Parser.parse(text);
            return false;
        } catch (ParseException e) {
            return e.incomplete();
        }
    }
}
