package dockyard.store;

/** A learner's spaced-repetition card as stored. Times in epoch ms; stability in days. */
public record CardRow(String key, double stability, double difficulty, int reps, int lapses, long lastReviewAt,
                      long dueAt, int scheduledDays) {
}
