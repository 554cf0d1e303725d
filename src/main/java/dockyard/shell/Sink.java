package dockyard.shell;

/** Where a command's output goes: the terminal, a pipe, a file, or nowhere ({@code /dev/null}). */
@FunctionalInterface
public interface Sink {
    void write(String text);

    /** {@code /dev/null}. */
    Sink NULL = text -> {
    };

    /** Collects everything written, for pipes, files and {@code $(…)}. */
    final class Buffer implements Sink {
        private final StringBuilder text = new StringBuilder();

        @Override
        public void write(String s) {
            text.append(s);
        }

        public String text() {
            return text.toString();
        }
    }
}
