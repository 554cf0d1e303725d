package dockyard;

/** The jar's command-line tools: {@code sim} and {@code check-content}. */
final class Commands {
    private Commands() {
    }

    static int run(String name, String[] args) throws Exception {
        switch (name) {
            default -> {
                System.err.println("unknown command '" + name + "'. Commands: sim [--seed N] [--jsonl] FILE | check-content");
                return 2;
            }
        }
    }
}
