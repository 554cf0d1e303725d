package dockyard.learn.sandbox;

import java.util.regex.Pattern;

/**
 * Turns "save this file" into the shell command that writes it, a quoted heredoc, so the command log stays the
 * only source of truth: {@code cat > 'path' <<'EOF'} … {@code EOF}. Paths are relative to the learner's home.
 */
final class FileCommand {
    private static final Pattern PATH = Pattern.compile("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*");

    private FileCommand() {
    }

    /** The command, or a BAD_PATH refusal for a path that leaves the home or is not a plain relative path. */
    static String write(String path, String text) {
        String p = path == null ? "" : path.strip();
        if (p.length() > 200 || !PATH.matcher(p).matches() || p.startsWith(".") || p.contains("/..") || p.contains("../")
                || p.contains("/.")) {
            throw new SandboxError(SandboxError.Reason.BAD_PATH);
        }
        String body = text.replace("\r\n", "\n").replace('\r', '\n');
        if (!body.isEmpty() && !body.endsWith("\n")) body += "\n";
        String delimiter = "EOF";
        for (int n = 1; body.lines().anyMatch(delimiter::equals); n++) delimiter = "EOF" + n;
        int slash = p.lastIndexOf('/');
        String mkdir = slash < 0 ? "" : "mkdir -p " + p.substring(0, slash) + " && ";
        return mkdir + "cat > " + p + " <<'" + delimiter + "'\n" + body + delimiter;
    }
}
