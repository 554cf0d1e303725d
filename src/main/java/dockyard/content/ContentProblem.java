package dockyard.content;

/**
 * Something wrong in a content file, said so an author can fix it.
 *
 * @param file    the file, relative to the project (e.g. {@code content/lessons/03-docker-vs-vm/ko.md})
 * @param message what is wrong and, where it helps, what to write instead
 */
public record ContentProblem(String file, String message) {
    @Override
    public String toString() {
        return file + ": " + message;
    }
}
