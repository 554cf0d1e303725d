package dockyard.learn.fsrs;

/** How well a card was recalled, as FSRS grades it (1–4). */
public enum Rating {
    AGAIN(1), HARD(2), GOOD(3), EASY(4);

    public final int grade;

    Rating(int grade) {
        this.grade = grade;
    }

    public static Rating ofGrade(int grade) {
        for (Rating r : values()) if (r.grade == grade) return r;
        throw new IllegalArgumentException("grade must be 1..4, got " + grade);
    }
}
