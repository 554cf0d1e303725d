package dockyard.learn.fsrs;

/**
 * The memory state of one card.
 *
 * @param stability    days until recall probability falls to 90%; 0 for a new card
 * @param difficulty   1–10; 0 for a new card
 * @param reps         reviews so far
 * @param lapses       reviews rated Again after the first
 * @param lastReviewMs epoch milliseconds of the last review, or 0 for a new card
 * @param dueMs        epoch milliseconds when the card is next due
 * @param scheduledDays the interval chosen at the last review, in days
 */
public record Card(double stability, double difficulty, int reps, int lapses, long lastReviewMs, long dueMs, int scheduledDays) {
    public static Card fresh(long nowMs) {
        return new Card(0, 0, 0, 0, 0, nowMs, 0);
    }

    public boolean isNew() {
        return reps == 0;
    }
}
