package dockyard.store;

/** One quiz attempt as stored; nullable columns are boxed. Times in epoch ms. */
public record AttemptRow(long id, long learnerId, String mode, String exam, String topic, long startedAt,
                         Long deadlineAt, Long finishedAt, Integer score, Integer correctCount, int questionCount) {
    public boolean finished() {
        return finishedAt != null;
    }
}
