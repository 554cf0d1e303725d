package dockyard;

import dockyard.store.Database;
import dockyard.web.WebServer;
import io.javalin.Javalin;
import org.slf4j.LoggerFactory;

import java.util.Arrays;

/** Wiring only: config → database → content → web; or one of the command-line tools. */
public final class App {
    private App() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0) {
            System.exit(Commands.run(args[0], Arrays.copyOfRange(args, 1, args.length)));
        }
        Config config = Config.fromEnvironment(System.getenv());
        start(config);
    }

    /** Starts the server; the returned Javalin knows its port. */
    public static Javalin start(Config config) {
        Database db = new Database(config.database());
        Javalin app = WebServer.create(config, db);
        app.start(config.port());
        LoggerFactory.getLogger(App.class).info("Dockyard on http://localhost:{} (database {})", app.port(), config.database().toAbsolutePath());
        return app;
    }
}
