package dockyard;

/** The jar's command-line tools: {@code sim} and {@code check-content}. */
final class Commands {
    private Commands() {
    }

    static int run(String name, String[] args) throws Exception {
        switch (name) {
            // --- shell: the headless sandbox runner ---
            case "sim" -> {
                return SimCommand.run(args, System.in, System.out, System.err);
            }
            // --- end shell ---
            default -> {
                System.err.println("unknown command '" + name + "'. Commands: sim [--seed N] [--jsonl] FILE | check-content");
                return 2;
            }
        }
    }
}
