package dockyard.store;

/** One question of an attempt as stored; {@code chosen} is comma-joined option ids or null. Times in epoch ms. */
public record AnswerRow(long attemptId, int position, String questionId, long shownAt, Long answeredAt,
                        String chosen, Boolean correct, Long timeMs, boolean flagged) {
    public boolean answered() {
        return chosen != null;
    }
}
