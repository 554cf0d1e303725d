package dockyard.web;

import dockyard.learn.sandbox.Page;
import dockyard.learn.sandbox.Ran;
import dockyard.learn.sandbox.Sandbox;
import dockyard.learn.sandbox.SandboxError;
import dockyard.learn.sandbox.Sandboxes;
import dockyard.learn.sandbox.Scene;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sandbox page: the learner's own sandboxes ({@code /sandbox}, {@code /sandbox/{id}}) and read-only shared
 * copies ({@code /s/{token}}). Changes are form posts that htmx enhances: with {@code HX-Request} the answer is
 * the new console entry plus the scene's parts swapped out of band; without it, a redirect back to the page.
 */
public final class SandboxHandler {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final SimClock STAMP = new SimClock();
    private final Views views;
    private final Sandboxes sandboxes;
    private final List<SandboxExtras> extras;

    public SandboxHandler(Views views, Sandboxes sandboxes, List<SandboxExtras> extras) {
        this.views = views;
        this.sandboxes = sandboxes;
        this.extras = extras;
    }

    public void freePlay(Context ctx) {
        show(ctx, sandboxes.freePlay(Guests.learnerId(ctx)), false);
    }

    public void own(Context ctx) {
        show(ctx, sandboxes.owned(Guests.learnerId(ctx), ctx.pathParam("id")), false);
    }

    public void shared(Context ctx) {
        show(ctx, sandboxes.shared(ctx.pathParam("token")), true);
    }

    /** Renders a sandbox page (also used by the exercise page, which adds its own parts through extras). */
    public void show(Context ctx, Sandbox s, boolean readOnly) {
        Page page = sandboxes.page(s);
        Map<String, Object> model = new HashMap<>(sceneModel(ctx, s, page.scene(), readOnly));
        model.put("page", page);
        model.put("readOnly", readOnly);
        model.put("shareUrl", !readOnly && s.shareToken() != null ? shareUrl(ctx, s.shareToken()) : null);
        model.put("shareToken", readOnly ? s.shareToken() : null);
        model.put("sandboxAssets", true);
        extraParts(ctx, s, model);
        views.render(ctx, "sandbox/page.html", model);
    }

    public void run(Context ctx) {
        Ran ran = sandboxes.run(Guests.learnerId(ctx), ctx.pathParam("id"), ctx.formParam("command"));
        answer(ctx, ran);
    }

    public void advance(Context ctx) {
        sandboxes.owned(Guests.learnerId(ctx), ctx.pathParam("id"));
        long seconds;
        try {
            seconds = Long.parseLong(String.valueOf(ctx.formParam("seconds")));
        } catch (NumberFormatException e) {
            throw new WebError(HttpStatus.BAD_REQUEST, "sandbox.error.badStep");
        }
        if (seconds < 1 || seconds > Sandboxes.MAX_STEP_SECONDS) throw new WebError(HttpStatus.BAD_REQUEST, "sandbox.error.badStep");
        answer(ctx, sandboxes.advance(Guests.learnerId(ctx), ctx.pathParam("id"), seconds, "1".equals(ctx.formParam("play"))));
    }

    public void saveFile(Context ctx) {
        answer(ctx, sandboxes.saveFile(Guests.learnerId(ctx), ctx.pathParam("id"), ctx.formParam("path"), ctx.formParam("text")));
    }

    public void undo(Context ctx) {
        sandboxes.undo(Guests.learnerId(ctx), ctx.pathParam("id"));
        back(ctx);
    }

    public void reset(Context ctx) {
        sandboxes.reset(Guests.learnerId(ctx), ctx.pathParam("id"));
        back(ctx);
    }

    public void share(Context ctx) {
        sandboxes.share(Guests.learnerId(ctx), ctx.pathParam("id"));
        back(ctx);
    }

    public void fork(Context ctx) {
        Sandbox mine = sandboxes.fork(Guests.learnerId(ctx), ctx.pathParam("token"));
        ctx.redirect("/sandbox/" + mine.publicId(), HttpStatus.SEE_OTHER);
    }

    /** Any change through a share link: the copy is read-only. */
    public void readOnly(Context ctx) {
        sandboxes.shared(ctx.pathParam("token"));
        throw new SandboxError(SandboxError.Reason.READ_ONLY);
    }

    /** The scene alone (clock, cluster, timeline, files), for play mode and the shared view's polling. */
    public void scene(Context ctx) {
        Sandbox s = sandboxes.owned(Guests.learnerId(ctx), ctx.pathParam("id"));
        renderScene(ctx, s, false);
    }

    public void sharedScene(Context ctx) {
        renderScene(ctx, sandboxes.shared(ctx.pathParam("token")), true);
    }

    public void complete(Context ctx) {
        Sandbox s = sandboxes.owned(Guests.learnerId(ctx), ctx.pathParam("id"));
        String line = ctx.queryParam("line");
        if (line != null && line.length() > 4096) line = line.substring(line.length() - 4096);
        ctx.json(Map.of("candidates", sandboxes.complete(s, line)));
    }

    /** Turns a refusal into a status and a message in the learner's language. */
    public static void refuse(SandboxError e, Context ctx, Errors errors) {
        WebError w = switch (e.reason()) {
            case NOT_FOUND -> new WebError(HttpStatus.NOT_FOUND, "sandbox.error.notFound");
            case READ_ONLY -> new WebError(HttpStatus.FORBIDDEN, "sandbox.error.readOnly");
            case RATE_LIMITED -> {
                ctx.header("Retry-After", String.valueOf(e.retryAfterSeconds()));
                yield new WebError(HttpStatus.TOO_MANY_REQUESTS, "sandbox.error.rateLimited", e.retryAfterSeconds());
            }
            case TOO_LONG -> new WebError(HttpStatus.CONTENT_TOO_LARGE, "sandbox.error.tooLong");
            case BAD_PATH -> new WebError(HttpStatus.BAD_REQUEST, "sandbox.error.badPath");
            case NOTHING_TO_UNDO -> new WebError(HttpStatus.CONFLICT, "sandbox.error.nothingToUndo");
        };
        errors.webError(w, ctx);
    }

    private void answer(Context ctx, Ran ran) {
        if (ctx.header("HX-Request") == null) {
            back(ctx);
            return;
        }
        Sandbox s = sandboxes.owned(Guests.learnerId(ctx), ctx.pathParam("id"));
        Map<String, Object> model = new HashMap<>(sceneModel(ctx, s, ran.scene(), false));
        model.put("entry", ran.entry());
        model.put("oob", true);
        extraParts(ctx, s, model);
        views.render(ctx, "sandbox/ran.html", model);
    }

    private void renderScene(Context ctx, Sandbox s, boolean readOnly) {
        Map<String, Object> model = new HashMap<>(sceneModel(ctx, s, sandboxes.scene(s), readOnly));
        model.put("entry", null);
        model.put("oob", true);
        extraParts(ctx, s, model);
        views.render(ctx, "sandbox/ran.html", model);
    }

    private Map<String, Object> sceneModel(Context ctx, Sandbox s, Scene scene, boolean readOnly) {
        Map<String, Object> m = new HashMap<>();
        m.put("sandbox", s);
        m.put("scene", scene);
        m.put("readOnly", readOnly);
        m.put("base", readOnly ? "/s/" + s.shareToken() : "/sandbox/" + s.publicId());
        m.put("clockText", CLOCK.format(scene.clock()));
        m.put("clockIso", scene.clock().toString());
        m.put("elapsed", elapsed(scene.simMillis()));
        m.put("clusterSvg", ClusterSvg.render(scene.cluster(), key -> views.text(ctx, key)));
        m.put("stamp", STAMP);
        m.put("oob", false);
        return m;
    }

    /** Other features' parts (the exercise's goals), also in answers, where they swap out of band. */
    private void extraParts(Context ctx, Sandbox s, Map<String, Object> model) {
        List<SandboxExtras.Part> parts = extras.stream().map(e -> e.partFor(ctx, s)).filter(p -> p != null).toList();
        model.put("extraParts", parts);
        parts.forEach(p -> model.putAll(p.model()));
    }

    private void back(Context ctx) {
        ctx.redirect("/sandbox/" + ctx.pathParam("id"), HttpStatus.SEE_OTHER);
    }

    private static String shareUrl(Context ctx, String token) {
        String host = ctx.header("Host");
        return ctx.scheme() + "://" + (host == null ? "localhost" : host) + "/s/" + token;
    }

    private static String elapsed(long millis) {
        long s = millis / 1000;
        return String.format("+%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
    }
}
