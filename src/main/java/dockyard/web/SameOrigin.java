package dockyard.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;

import java.net.URI;

/**
 * Refuses state-changing requests sent from another site. Our cookies are SameSite=Lax already; this
 * also covers old browsers by comparing Origin (or Referer) with the Host the request came to.
 */
public final class SameOrigin {
    private SameOrigin() {
    }

    public static void check(Context ctx) {
        HandlerType m = ctx.method();
        if (m == HandlerType.GET || m == HandlerType.HEAD || m == HandlerType.OPTIONS) return;
        String source = ctx.header("Origin");
        if (source == null || "null".equals(source)) source = ctx.header("Referer");
        if (source == null) return; // non-browser clients (tests, curl) send neither
        String host = ctx.header("Host");
        try {
            URI uri = URI.create(source);
            String authority = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            if (host != null && host.equalsIgnoreCase(authority)) return;
        } catch (IllegalArgumentException ignored) {
            // falls through to the refusal
        }
        throw new WebError(HttpStatus.FORBIDDEN, "error.crossSite");
    }
}
