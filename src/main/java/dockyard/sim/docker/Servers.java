package dockyard.sim.docker;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** The known servers: their start-up and shutdown lines as their official images print them, ports and stop behaviour. */
final class Servers {
    private static final DateTimeFormatter NGINX = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter APACHE = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss.SSSSSS yyyy", Locale.ROOT);
    private static final DateTimeFormatter GUNICORN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss '+0000'", Locale.ROOT);
    private static final DateTimeFormatter REDIS = DateTimeFormatter.ofPattern("dd MMM yyyy HH:mm:ss.SSS", Locale.ROOT);
    private static final DateTimeFormatter PG = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS 'UTC'", Locale.ROOT);

    private Servers() {
    }

    private static String f(DateTimeFormatter fmt, Instant t) {
        return fmt.format(t.atOffset(ZoneOffset.UTC));
    }

    static Behaviour nginx(boolean viaEntrypoint, Map<String, String> env) {
        String version = env.getOrDefault("NGINX_VERSION", "1.27.4");
        return new Behaviour.Server(t -> {
            List<String> l = new ArrayList<>();
            if (viaEntrypoint) {
                l.add("/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration");
                l.add("/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/");
                l.add("/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh");
                l.add("10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf");
                l.add("10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf");
                l.add("/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh");
                l.add("/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh");
                l.add("/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh");
                l.add("/docker-entrypoint.sh: Configuration complete; ready for start up");
            }
            String p = f(NGINX, t) + " [notice] 1#1: ";
            l.add(p + "using the \"epoll\" event method");
            l.add(p + "nginx/" + version);
            l.add(p + "built by gcc 12.2.0 (Debian 12.2.0-14)");
            l.add(p + "OS: Linux 6.1.0-31-cloud-amd64");
            l.add(p + "getrlimit(RLIMIT_NOFILE): 1048576:1048576");
            l.add(p + "start worker processes");
            l.add(p + "start worker process 29");
            l.add(p + "start worker process 30");
            return l;
        }, 50, List.of(80), 0, t -> {
            String p = f(NGINX, t) + " [notice] 1#1: ";
            return List.of(p + "signal 3 (SIGQUIT) received, shutting down", p + "exit");
        }, 8);
    }

    static Behaviour httpd(String ip) {
        String fqdn = "AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using " + ip
                + ". Set the 'ServerName' directive globally to suppress this message";
        return new Behaviour.Server(t -> List.of(fqdn, fqdn,
                "[" + f(APACHE, t) + "] [mpm_event:notice] [pid 1:tid 1] AH00489: Apache/2.4.63 (Unix) configured -- resuming normal operations",
                "[" + f(APACHE, t) + "] [core:notice] [pid 1:tid 1] AH00094: Command line: 'httpd -D FOREGROUND'"),
                100, List.of(80), 0,
                t -> List.of("[" + f(APACHE, t) + "] [mpm_event:notice] [pid 1:tid 1] AH00492: caught SIGWINCH, shutting down gracefully"), 10);
    }

    static Behaviour pythonHttpServer(int port, String bind, boolean unbuffered) {
        String host = bind == null ? "0.0.0.0" : bind;
        List<String> line = List.of("Serving HTTP on " + host + " port " + port + " (http://" + host + ":" + port + "/) ...");
        return new Behaviour.Server(t -> unbuffered ? line : List.of(), 200, List.of(port), -1, t -> List.of(), 20, local(host));
    }

    static Behaviour flask(String app, String host, int port, String ip) {
        List<String> lines = new ArrayList<>();
        lines.add(" * Serving Flask app '" + app + "'");
        lines.add(" * Debug mode: off");
        lines.add("WARNING: This is a development server. Do not use it in a production deployment. Use a production WSGI server instead.");
        if (host.equals("0.0.0.0")) {
            lines.add(" * Running on all addresses (0.0.0.0)");
            lines.add(" * Running on http://127.0.0.1:" + port);
            lines.add(" * Running on http://" + ip + ":" + port);
        } else {
            lines.add(" * Running on http://" + host + ":" + port);
        }
        lines.add("Press CTRL+C to quit");
        return new Behaviour.Server(t -> lines, 800, List.of(port), -1, t -> List.of(), 35, local(host));
    }

    static Behaviour gunicorn(String host, int port) {
        return new Behaviour.Server(t -> {
            String p = "[" + f(GUNICORN, t) + "] ";
            return List.of(p + "[1] [INFO] Starting gunicorn 23.0.0", p + "[1] [INFO] Listening at: http://" + host + ":" + port + " (1)",
                    p + "[1] [INFO] Using worker: sync", p + "[7] [INFO] Booting worker with pid: 7");
        }, 1000, List.of(port), 0, t -> {
            String p = "[" + f(GUNICORN, t) + "] ";
            return List.of(p + "[1] [INFO] Handling signal: term", p + "[7] [INFO] Worker exiting (pid: 7)", p + "[1] [INFO] Shutting down: Master");
        }, 40, local(host));
    }

    static Behaviour uvicorn(String host, int port) {
        return new Behaviour.Server(t -> List.of("INFO:     Started server process [1]", "INFO:     Waiting for application startup.",
                "INFO:     Application startup complete.", "INFO:     Uvicorn running on http://" + host + ":" + port + " (Press CTRL+C to quit)"),
                1000, List.of(port), 0, t -> List.of("INFO:     Shutting down", "INFO:     Waiting for application shutdown.",
                "INFO:     Application shutdown complete.", "INFO:     Finished server process [1]"), 40, local(host));
    }

    static Behaviour node(List<String> lines, int port, boolean handlesTerm) {
        return new Behaviour.Server(t -> lines, 300, port > 0 ? List.of(port) : List.of(), handlesTerm ? 0 : -1, t -> List.of(), 45);
    }

    static Behaviour redis(Map<String, String> env) {
        String v = env.getOrDefault("REDIS_VERSION", "7.4.2");
        return new Behaviour.Server(t -> {
            String c = "1:C " + f(REDIS, t) + " ";
            String m = "1:M " + f(REDIS, t) + " ";
            return List.of(c + "* oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo",
                    c + "* Redis version=" + v + ", bits=64, commit=00000000, modified=0, pid=1, just started",
                    c + "# Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf",
                    m + "* monotonic clock: POSIX clock_gettime", m + "* Running mode=standalone, port=6379.",
                    m + "* Server initialized", m + "* Ready to accept connections tcp");
        }, 100, List.of(6379), 0, t -> {
            String m = "1:M " + f(REDIS, t) + " ";
            return List.of("1:signal-handler (" + t.getEpochSecond() + ") Received SIGTERM scheduling shutdown...",
                    m + "# User requested shutdown...", m + "* Saving the final RDB snapshot before exiting.",
                    m + "* DB saved on disk", m + "# Redis is now ready to exit, bye bye...");
        }, 8);
    }

    static Behaviour postgres(Map<String, String> env) {
        String pw = env.getOrDefault("POSTGRES_PASSWORD", "");
        if (pw.isEmpty() && !"trust".equals(env.get("POSTGRES_HOST_AUTH_METHOD"))) {
            return new Behaviour.Batch(t -> List.of("Error: Database is uninitialized and superuser password is not specified.",
                    "       You must specify POSTGRES_PASSWORD to a non-empty value for the",
                    "       superuser. For example, \"-e POSTGRES_PASSWORD=password\" on \"docker run\".", "",
                    "       You may also use \"POSTGRES_HOST_AUTH_METHOD=trust\" to allow all",
                    "       connections without a password. This is *not* recommended.", "",
                    "       See PostgreSQL documentation about \"trust\":",
                    "       https://www.postgresql.org/docs/current/auth-trust.html"), 1, 20);
        }
        String major = env.getOrDefault("PG_MAJOR", "17");
        return new Behaviour.Server(t -> List.of("The files belonging to this database system will be owned by user \"postgres\".",
                "Success. You can now start the database server using:", "", "PostgreSQL init process complete; ready for start up.", "",
                f(PG, t) + " [1] LOG:  starting PostgreSQL " + major + ".4 (Debian " + major + ".4-1.pgdg120+2) on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit",
                f(PG, t) + " [1] LOG:  listening on IPv4 address \"0.0.0.0\", port 5432",
                f(PG, t) + " [1] LOG:  database system is ready to accept connections"),
                3000, List.of(5432), 0, t -> List.of(f(PG, t) + " [1] LOG:  received fast shutdown request",
                f(PG, t) + " [1] LOG:  database system is shut down"), 40);
    }

    static Behaviour mysql(Map<String, String> env) {
        boolean ok = !env.getOrDefault("MYSQL_ROOT_PASSWORD", "").isEmpty() || env.containsKey("MYSQL_ALLOW_EMPTY_PASSWORD")
                || env.containsKey("MYSQL_RANDOM_ROOT_PASSWORD");
        String version = env.getOrDefault("MYSQL_VERSION", "9.2.0-1.el9").replaceAll("-.*", "");
        Function<Instant, String> ts = t -> t.atOffset(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'+00:00'", Locale.ROOT));
        if (!ok) {
            return new Behaviour.Batch(t -> List.of(ts.apply(t) + " [Note] [Entrypoint]: Entrypoint script for MySQL Server " + version + " started.",
                    ts.apply(t) + " [ERROR] [Entrypoint]: Database is uninitialized and password option is not specified",
                    "    You need to specify one of the following as an environment variable:",
                    "    - MYSQL_ROOT_PASSWORD", "    - MYSQL_ALLOW_EMPTY_PASSWORD", "    - MYSQL_RANDOM_ROOT_PASSWORD"), 1, 20);
        }
        return new Behaviour.Server(t -> List.of(ts.apply(t) + " [Note] [Entrypoint]: Entrypoint script for MySQL Server " + version + " started.",
                ts.apply(t) + " [Note] [Entrypoint]: Initializing database files",
                ts.apply(t) + " [Note] [Entrypoint]: MySQL init process done. Ready for start up.",
                "[Server] /usr/sbin/mysqld: ready for connections. Version: '" + version + "'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL."),
                15000, List.of(3306, 33060), 0, t -> List.of("[Server] /usr/sbin/mysqld: Shutdown complete (mysqld " + version + ")  MySQL Community Server - GPL."), 380);
    }

    private static boolean local(String host) {
        return host.equals("127.0.0.1") || host.equals("localhost");
    }
}
