package dockyard.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/** Friendly error pages in the learner's language; never a stack trace in the browser. */
public final class Errors {
    private static final Logger log = LoggerFactory.getLogger(Errors.class);
    private final Views views;

    public Errors(Views views) {
        this.views = views;
    }

    public void webError(WebError e, Context ctx) {
        show(ctx, e.status(), views.text(ctx, e.messageKey(), e.args()));
    }

    public void unexpected(Exception e, Context ctx) {
        log.error("unhandled error on {} {}", ctx.method(), ctx.path(), e);
        show(ctx, HttpStatus.INTERNAL_SERVER_ERROR, views.text(ctx, "error.500.body"));
    }

    public void notFound(Context ctx) {
        if (ctx.result() != null && !ctx.result().isEmpty() && ctx.attribute("dockyard.errorShown") != null) return;
        show(ctx, HttpStatus.NOT_FOUND, views.text(ctx, "error.404.body"));
    }

    private void show(Context ctx, HttpStatus status, String message) {
        ctx.attribute("dockyard.errorShown", true);
        ctx.status(status);
        if (Languages.of(ctx) == null) Languages.resolve(ctx);
        boolean wantsFragment = ctx.header("HX-Request") != null;
        boolean wantsJson = String.valueOf(ctx.header("Accept")).startsWith("application/json");
        try {
            if (wantsJson) {
                ctx.json(Map.of("status", status.getCode(), "message", message));
            } else if (wantsFragment) {
                views.render(ctx, "fragments/error.html", Map.of("status", status.getCode(), "message", message));
            } else {
                views.render(ctx, "error.html", Map.of("status", status.getCode(), "message", message));
            }
        } catch (RuntimeException renderFailed) {
            log.error("the error page itself failed to render", renderFailed);
            ctx.contentType("text/plain; charset=utf-8").result(status.getCode() + " " + message);
        }
    }
}
