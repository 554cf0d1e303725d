package dockyard.web;

import io.javalin.http.Context;

import java.util.HashMap;
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
        all.put("lang", lang);
        all.put("otherLang", "ko".equals(lang) ? "en" : "ko");
        all.put("path", ctx.path());
        return all;
    }

    public String text(Context ctx, String key, Object... args) {
        return messages.get().get(Languages.of(ctx), key, args);
    }
}
