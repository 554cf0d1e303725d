package dockyard.web;

import io.javalin.http.Context;

import java.util.Map;

/** The course map at {@code /}. */
public final class HomeHandler {
    private final Views views;

    public HomeHandler(Views views) {
        this.views = views;
    }

    public void show(Context ctx) {
        views.render(ctx, "home.html", Map.of());
    }
}
