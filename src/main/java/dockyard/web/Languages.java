package dockyard.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

import java.util.Locale;

/**
 * Chooses the page language: {@code ?lang=} (then remembered in a cookie), else the remembered choice,
 * else the browser's Accept-Language, else Korean.
 */
public final class Languages {
    static final String COOKIE = "lang";
    static final String ATTR = "dockyard.lang";

    private Languages() {
    }

    public static void resolve(Context ctx) {
        String q = normalise(ctx.queryParam("lang"));
        if (q != null) {
            Cookie c = new Cookie(COOKIE, q, "/", 60 * 60 * 24 * 365, false, false, null, SameSite.LAX);
            ctx.cookie(c);
            ctx.attribute(ATTR, q);
            return;
        }
        String remembered = normalise(ctx.cookie(COOKIE));
        if (remembered != null) {
            ctx.attribute(ATTR, remembered);
            return;
        }
        ctx.attribute(ATTR, fromAcceptLanguage(ctx.header("Accept-Language")));
    }

    /** The language chosen for this request: "ko" or "en". */
    public static String of(Context ctx) {
        String lang = ctx.attribute(ATTR);
        return lang == null ? "ko" : lang;
    }

    static String normalise(String raw) {
        if (raw == null) return null;
        String l = raw.trim().toLowerCase(Locale.ROOT);
        return Messages.LANGUAGES.contains(l) ? l : null;
    }

    static String fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) return "ko";
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String tag = range.getRange();
                String primary = tag.split("-")[0].toLowerCase(Locale.ROOT);
                if (Messages.LANGUAGES.contains(primary) && range.getWeight() > 0) return primary;
            }
        } catch (IllegalArgumentException malformed) {
            return "ko";
        }
        return "ko";
    }
}
