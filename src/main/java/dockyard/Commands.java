package dockyard;

import dockyard.content.ContentCheck;
import dockyard.content.ContentRoots;
import dockyard.content.ContentSection;
import dockyard.content.LessonsSection;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
            case "check-content" -> {
                return checkContent(Config.fromEnvironment(System.getenv()));
            }
            default -> {
                System.err.println("unknown command '" + name + "'. Commands: sim [--seed N] [--jsonl] FILE | check-content");
                return 2;
            }
        }
    }

    /** The sections check-content runs; each content-owning slice adds its own. */
    static List<ContentSection> contentSections() {
        return List.of(new LessonsSection(), new dockyard.content.quiz.QuestionsSection(),
                // --- exercises ---
                new dockyard.learn.exercises.ExercisesSection(),
                // --- hands-on questions ---
                new dockyard.learn.handson.HandsOnSection());
    }

    /** Checks {@code content/} under the project folder when there is one, else the content the jar carries. */
    static int checkContent(Config config) {
        Path onDisk = config.root().resolve("content");
        Path root = Files.isDirectory(onDisk) ? onDisk : ContentRoots.bundled().orElse(null);
        return new ContentCheck(contentSections()).run(root, System.out);
    }
}
