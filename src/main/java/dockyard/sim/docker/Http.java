package dockyard.sim.docker;

import java.util.List;

/** {@code curl} and {@code wget} inside a container, against {@link HttpTarget}. */
final class Http {
    private Http() {
    }

    record Url(String host, int port, String path) {
    }

    static Url parse(String url) {
        String u = url.replaceFirst("^https?://", "");
        int slash = u.indexOf('/');
        String hostPort = slash < 0 ? u : u.substring(0, slash);
        String path = slash < 0 ? "/" : u.substring(slash);
        int colon = hostPort.lastIndexOf(':');
        int port = url.startsWith("https") ? 443 : 80;
        String host = hostPort;
        if (colon > 0) {
            host = hostPort.substring(0, colon);
            port = Builtins.parseInt(hostPort.substring(colon + 1), port);
        }
        return new Url(host, port, path);
    }

    static Builtins.Outcome curl(List<String> args, ShellState st) {
        boolean fail = false;
        boolean silent = false;
        boolean showError = false;
        String output = null;
        String url = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("-o") || a.equals("--output")) {
                if (i + 1 < args.size()) output = args.get(++i);
            } else if (a.startsWith("--")) {
                fail |= a.equals("--fail");
                silent |= a.equals("--silent");
                showError |= a.equals("--show-error");
            } else if (a.startsWith("-")) {
                fail |= a.contains("f");
                silent |= a.contains("s");
                showError |= a.contains("S");
            } else {
                url = a;
            }
        }
        if (url == null) return Builtins.Outcome.error("curl: no URL specified\ncurl: try 'curl --help' or 'curl --manual' for more information\n", 2);
        Url u = parse(url);
        HttpTarget.Response r = st.http.get(u.host(), u.port(), u.path());
        boolean errors = !silent || showError;
        if (r == null) {
            boolean known = u.host().equals("localhost") || u.host().matches("[\\d.]+");
            String msg = known ? "curl: (7) Failed to connect to " + u.host() + " port " + u.port() + " after 0 ms: Couldn't connect to server\n"
                    : "curl: (6) Could not resolve host: " + u.host() + "\n";
            return Builtins.Outcome.error(errors ? msg : "", known ? 7 : 6);
        }
        if (fail && r.status() >= 400) {
            return Builtins.Outcome.error(errors ? "curl: (22) The requested URL returned error: " + r.status() + "\n" : "", 22);
        }
        if (output != null) {
            st.fs.write(FsPath.resolve(st.cwd, output), r.body());
            return Builtins.Outcome.status(0);
        }
        return Builtins.Outcome.ok(r.body());
    }

    static Builtins.Outcome wget(List<String> args, ShellState st) {
        boolean spider = args.contains("--spider");
        boolean toStdout = false;
        String url = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if ((a.equals("-O") || a.equals("--output-document")) && i + 1 < args.size()) toStdout = args.get(++i).equals("-");
            else if (!a.startsWith("-")) url = a;
        }
        if (url == null) return Builtins.Outcome.error("wget: missing URL\n", 1);
        Url u = parse(url);
        HttpTarget.Response r = st.http.get(u.host(), u.port(), u.path());
        if (r == null) {
            return Builtins.Outcome.error("Connecting to " + u.host() + ":" + u.port() + "\nwget: can't connect to remote host: Connection refused\n", 1);
        }
        if (r.status() >= 400) return Builtins.Outcome.error("wget: server returned error: HTTP/1.1 " + r.status() + " Not Found\n", 1);
        if (spider) return Builtins.Outcome.ok("");
        if (toStdout) return Builtins.Outcome.ok(r.body());
        String name = u.path().endsWith("/") ? "index.html" : FsPath.baseName(u.path());
        st.fs.write(FsPath.resolve(st.cwd, name), r.body());
        return Builtins.Outcome.status(0);
    }
}
