package dockyard.support;

import dockyard.App;
import dockyard.Config;
import io.javalin.Javalin;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * A real server on a free port with a fresh SQLite file, and a cookie-keeping HTTP client that acts as
 * one browser. Close it to stop the server.
 */
public final class TestServer implements AutoCloseable {
    private final Javalin app;
    private final Path dbFile;
    private final Path folder;

    private TestServer(Javalin app, Path dbFile, Path folder) {
        this.app = app;
        this.dbFile = dbFile;
        this.folder = folder;
    }

    public static TestServer start() {
        try {
            Path folder = Files.createTempDirectory("dockyard-test");
            return startOn(folder.resolve("dockyard.db"), folder);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts on an existing database file, as a restart would. */
    public static TestServer startOn(Path dbFile, Path folder) {
        return startOn(dbFile, folder, null);
    }

    /** A fresh database, serving the course in {@code content} (e.g. the fixture course) instead of the jar's. */
    public static TestServer startWithContent(Path content) {
        try {
            Path folder = Files.createTempDirectory("dockyard-test");
            return startOn(folder.resolve("dockyard.db"), folder, content);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts on an existing database file and, when not null, a content folder on disk. */
    public static TestServer startOn(Path dbFile, Path folder, Path content) {
        Map<String, String> env = new java.util.HashMap<>(Map.of("PORT", "0", "DOCKYARD_DB", dbFile.toString()));
        if (content != null) env.put("DOCKYARD_CONTENT", content.toString());
        return new TestServer(App.start(Config.fromEnvironment(env)), dbFile, folder);
    }

    public String url(String path) {
        return "http://localhost:" + app.port() + path;
    }

    public int port() { return app.port(); }
    public Path dbFile() { return dbFile; }
    public Path folder() { return folder; }

    /** A new browser-like client with its own cookie jar. */
    public Client client() {
        return new Client(this);
    }

    @Override
    public void close() {
        app.stop();
    }

    /** One visitor: keeps cookies between requests. */
    public static final class Client {
        private final TestServer server;
        private final HttpClient http;
        private final java.net.CookieManager cookies = new java.net.CookieManager();

        Client(TestServer server) {
            this.server = server;
            this.http = HttpClient.newBuilder()
                    .cookieHandler(cookies)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
        }

        /** The value of a cookie this client holds, or null. */
        public String cookie(String name) {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                    .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
        }

        /** Sets a cookie as a browser that visited before would send it (e.g. after a server restart). */
        public void setCookie(String name, String value) {
            java.net.HttpCookie c = new java.net.HttpCookie(name, value);
            c.setPath("/");
            c.setVersion(0);
            cookies.getCookieStore().add(URI.create(server.url("/")), c);
        }

        public HttpResponse<String> get(String path, String... headers) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url(path))).GET();
            if (headers.length > 0) b.headers(headers);
            return send(b.build());
        }

        /** POSTs a url-encoded form. */
        public HttpResponse<String> postForm(String path, Map<String, String> form, String... headers) {
            StringBuilder body = new StringBuilder();
            form.forEach((k, v) -> {
                if (body.length() > 0) body.append('&');
                body.append(enc(k)).append('=').append(enc(v));
            });
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url(path)))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
            if (headers.length > 0) b.headers(headers);
            return send(b.build());
        }

        public HttpResponse<String> post(String path, String contentType, String body, String... headers) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url(path)))
                    .header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (headers.length > 0) b.headers(headers);
            return send(b.build());
        }

        private HttpResponse<String> send(HttpRequest request) {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static String enc(String s) {
            return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
