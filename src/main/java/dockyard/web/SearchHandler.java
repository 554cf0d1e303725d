package dockyard.web;

import dockyard.learn.SiteSearch;
import io.javalin.http.Context;

import java.util.List;
import java.util.Map;

/** {@code /search?q=}: lesson sections in both languages, the page's language first. */
public final class SearchHandler {
    private final Views views;
    private final SiteSearch search;

    public SearchHandler(Views views, SiteSearch search) {
        this.views = views;
        this.search = search;
    }

    public void show(Context ctx) {
        String q = ctx.queryParam("q");
        String query = q == null ? "" : q.strip();
        if (query.length() > SiteSearch.MAX_QUERY) query = query.substring(0, SiteSearch.MAX_QUERY);
        List<SiteSearch.Result> results = search.search(query, Languages.of(ctx));
        views.render(ctx, "search.html", Map.of("searchQuery", query, "results", results, "searched", !query.isEmpty()));
    }
}
