package dockyard.web;

import dockyard.learn.sandbox.Sandbox;
import io.javalin.http.Context;

import java.util.Map;

/**
 * What other features add to a sandbox page (the exercises' goals list): a template fragment and its model,
 * or null when the feature has nothing for this sandbox. Registered in {@link WebServer}.
 */
@FunctionalInterface
public interface SandboxExtras {
    /** A fragment to include, e.g. {@code exercise/goals :: goals}, and the variables it reads. */
    record Part(String fragment, Map<String, Object> model) {
    }

    Part partFor(Context ctx, Sandbox sandbox);
}
