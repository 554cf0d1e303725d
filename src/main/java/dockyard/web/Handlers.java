package dockyard.web;

/** The per-feature handler objects the routes point at, built once by {@link WebServer}. */
record Handlers(HealthHandler health, HomeHandler home, LessonHandler lessons, SearchHandler search,
                QuizHandler quiz, ExamHandler exam, ReviewHandler review, ProgressHandler progress,
                SandboxHandler sandbox,
                // --- exercises ---
                ExerciseHandler exercises,
                // --- hands-on questions ---
                HandsOnHandler handsOn) {
}
