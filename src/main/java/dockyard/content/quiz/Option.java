package dockyard.content.quiz;

/** One answer option: its id within the question (a, b, …), whether it is correct, its text and why. */
public record Option(String id, boolean correct, Bilingual text, Bilingual why) {
}
