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

        // --- quiz ---
        r.get("/quiz", h.quiz()::index);
        r.get("/quiz/{topic}", h.quiz()::show);
        r.post("/quiz/{topic}/answer", h.quiz()::answer);
        r.post("/quiz/{topic}/next", h.quiz()::next);
        r.post("/quiz/{topic}/restart", h.quiz()::restart);
        r.get("/exam", h.exam()::index);
        r.post("/exam", h.exam()::start);
        r.get("/exam/{attempt}/q/{n}", h.exam()::question);
        r.post("/exam/{attempt}/q/{n}", h.exam()::save);
        r.get("/exam/{attempt}/review", h.exam()::review);
        r.post("/exam/{attempt}/submit", h.exam()::submit);
        r.get("/exam/{attempt}/result", h.exam()::result);
        r.get("/review", h.review()::session);
        r.post("/review/answer", h.review()::answer);
        r.get("/review/answered/{attempt}/{n}", h.review()::answered);
        r.post("/review/rate", h.review()::rate);
        r.get("/review/due", h.review()::dueFragment);
        r.get("/attempts", h.review()::list);
        r.get("/attempts/{attempt}", h.review()::attempt);
        r.get("/progress", h.progress()::show);
        r.get("/progress/export.json", h.progress()::exportJson);
        r.get("/progress/export.csv", h.progress()::exportCsv);
        r.get("/hands-on/{attempt}/{position}", h.handsOn()::open);
        r.post("/hands-on/{attempt}/{position}", h.handsOn()::answer);

        // --- sandbox ---
        r.get("/sandbox", h.sandbox()::freePlay);
        r.get("/sandbox/{id}", h.sandbox()::own);
        r.get("/sandbox/{id}/scene", h.sandbox()::scene);
        r.get("/sandbox/{id}/complete", h.sandbox()::complete);
        r.post("/sandbox/{id}/run", h.sandbox()::run);
        r.post("/sandbox/{id}/advance", h.sandbox()::advance);
        r.post("/sandbox/{id}/files", h.sandbox()::saveFile);
        r.post("/sandbox/{id}/undo", h.sandbox()::undo);
        r.post("/sandbox/{id}/reset", h.sandbox()::reset);
        r.post("/sandbox/{id}/share", h.sandbox()::share);
        r.get("/s/{token}", h.sandbox()::shared);
        r.get("/s/{token}/scene", h.sandbox()::sharedScene);
        r.post("/s/{token}/fork", h.sandbox()::fork);
        for (String change : new String[]{"run", "advance", "files", "undo", "reset", "share"}) {
            r.post("/s/{token}/" + change, h.sandbox()::readOnly);
        }

        // --- exercises ---
        r.get("/exercises", h.exercises()::index);
        r.get("/exercises/{id}", h.exercises()::show);
        r.get("/exercises/{id}/goals", h.exercises()::goals);
        r.post("/exercises/{id}/hint", h.exercises()::hint);
    }
}
