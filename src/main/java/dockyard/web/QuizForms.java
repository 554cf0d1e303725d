package dockyard.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.List;

/** Reads quiz form fields and path parts; anything malformed is a 400 in the learner's language. */
final class QuizForms {
    private QuizForms() {
    }

    static long longParam(String raw) {
        try {
            long v = Long.parseLong(raw == null ? "" : raw.trim());
            if (v <= 0) throw new NumberFormatException();
            return v;
        } catch (NumberFormatException e) {
            throw new WebError(HttpStatus.BAD_REQUEST, "quiz.error.badForm");
        }
    }

    static int intParam(String raw) {
        long v = longParam(raw);
        if (v > Integer.MAX_VALUE) throw new WebError(HttpStatus.BAD_REQUEST, "quiz.error.badForm");
        return (int) v;
    }

    static List<String> options(Context ctx) {
        List<String> picked = ctx.formParams("option");
        if (picked.size() > 10) throw new WebError(HttpStatus.BAD_REQUEST, "quiz.error.badForm");
        return picked;
    }

    /** True when an answer was refused only for picking too few or too many options: the learner's slip. */
    static boolean isCountSlip(dockyard.learn.quiz.QuizError e) {
        return e.kind() == dockyard.learn.quiz.QuizError.Kind.BAD_INPUT && "quiz.error.choose".equals(e.messageKey());
    }
}
