package dockyard.web;

import io.javalin.config.RoutesConfig;

/** Every route of the site, in one place. Handlers live on small per-feature classes. */
final class Routes {
    private Routes() {
    }

    static void register(RoutesConfig r, Handlers h) {
        r.get("/healthz", h.health()::health);
        // --- platform: course map, lessons, search ---
        r.get("/", h.home()::show);
        r.get("/lessons/{id}", h.lessons()::show);
        r.post("/lessons/{id}/done", h.lessons()::mark);
        r.get("/search", h.search()::show);
    }
}
