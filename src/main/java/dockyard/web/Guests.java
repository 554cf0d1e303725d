package dockyard.web;

import dockyard.learn.Learners;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

/** Gives every page request a learner: the cookie's, or a new guest's whose token is set as an HttpOnly cookie. */
public final class Guests {
    static final String COOKIE = "dockyard_learner";
    static final String ATTR = "dockyard.learner";
    private final Learners learners;

    public Guests(Learners learners) {
        this.learners = learners;
    }

    public void identify(Context ctx) {
        Learners.Identity who = learners.identify(ctx.cookie(COOKIE));
        if (who.newToken() != null) {
            ctx.cookie(new Cookie(COOKIE, who.newToken(), "/", 60 * 60 * 24 * 400, false, true, null, SameSite.LAX));
        }
        ctx.attribute(ATTR, who.id());
    }

    /** The current learner's id; only valid after {@link #identify}. */
    public static long learnerId(Context ctx) {
        Long id = ctx.attribute(ATTR);
        if (id == null) throw new IllegalStateException("no learner on this request");
        return id;
    }
}
