package dockyard.web;

import dockyard.store.Database;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** {@code GET /healthz}: 200 when the database answers, 503 otherwise. */
public final class HealthHandler {
    private final Database db;

    public HealthHandler(Database db) {
        this.db = db;
    }

    public void health(Context ctx) {
        if (db.reachable()) {
            ctx.result("ok");
        } else {
            ctx.status(HttpStatus.SERVICE_UNAVAILABLE).result("database unreachable");
        }
    }
}
