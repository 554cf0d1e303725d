package dockyard.web;

import dockyard.learn.quiz.HandsOnAnswers;
import dockyard.learn.quiz.Practice;
import dockyard.learn.sandbox.Sandbox;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/**
 * {@code /hands-on/{attempt}/{position}}: a hands-on question's own sandbox (GET opens it, creating it with the
 * question's setup on first use) and its answer (POST, final), which sends the learner back to where the question
 * was asked: the practice page, or the review session's feedback.
 */
public final class HandsOnHandler {
    private final HandsOnAnswers answers;

    public HandsOnHandler(HandsOnAnswers answers) {
        this.answers = answers;
    }

    public void open(Context ctx) {
        Sandbox s = answers.open(Guests.learnerId(ctx), QuizForms.longParam(ctx.pathParam("attempt")), QuizForms.intParam(ctx.pathParam("position")));
        ctx.redirect("/sandbox/" + s.publicId(), HttpStatus.SEE_OTHER);
    }

    public void answer(Context ctx) {
        long attempt = QuizForms.longParam(ctx.pathParam("attempt"));
        int position = QuizForms.intParam(ctx.pathParam("position"));
        HandsOnAnswers.Place p = answers.answer(Guests.learnerId(ctx), attempt, position, ctx.formParam("value"));
        ctx.redirect(backTo(p), HttpStatus.SEE_OTHER);
    }

    /** Where the question was asked: its practice page, or the review session's feedback on it. */
    static String backTo(HandsOnAnswers.Place p) {
        return Practice.MODE.equals(p.attempt().mode()) ? "/quiz/" + p.attempt().topic()
                : "/review/answered/" + p.attempt().id() + "/" + p.row().position();
    }
}
