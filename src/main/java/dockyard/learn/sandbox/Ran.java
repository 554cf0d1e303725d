package dockyard.learn.sandbox;

/** The outcome of one command: its console entry and the scene after it. */
public record Ran(Entry entry, Scene scene) {
}
