package dockyard.web;

import io.javalin.http.Context;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Renders a template with what every page needs: language, the other language's link, the current path. */
public final class Views {
    private final Supplier<Messages> messages;

    public Views(Supplier<Messages> messages) {
        this.messages = messages;
    }

    public void render(Context ctx, String template, Map<String, ?> model) {
        ctx.contentType("text/html; charset=utf-8");
        ctx.render(template, withCommon(ctx, model));
    }

    public Map<String, Object> withCommon(Context ctx, Map<String, ?> model) {
        Map<String, Object> all = new HashMap<>(model);
        String lang = Languages.of(ctx);
        String other = "ko".equals(lang) ? "en" : "ko";
        all.put("lang", lang);
        all.put("otherLang", other);
        all.put("path", ctx.path());
        all.put("nav", navSection(ctx.path()));
        all.put("langSwitchHref", switchHref(ctx, other));
        all.putIfAbsent("searchQuery", "");
        return all;
    }

    /** Which site-nav entry the page belongs to: "course" for the map and lessons, else the first path segment. */
    static String navSection(String path) {
        if (path.equals("/") || path.startsWith("/lessons/")) return "course";
        String rest = path.substring(1);
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    /** The current page in the other language: the same path and query, with {@code lang} replaced. */
    private static String switchHref(Context ctx, String other) {
        StringBuilder href = new StringBuilder(ctx.path()).append("?");
        ctx.queryParamMap().forEach((key, values) -> {
            if (key.equals("lang")) return;
            for (String v : values) {
                href.append(enc(key)).append('=').append(enc(v)).append('&');
            }
        });
        return href.append("lang=").append(other).toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    public String text(Context ctx, String key, Object... args) {
        return messages.get().get(Languages.of(ctx), key, args);
    }

    /** Every key of the bundles, for tests. */
    List<String> keys(String lang) {
        return List.copyOf(messages.get().keys(lang));
    }
}
