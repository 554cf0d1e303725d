package dockyard.sim.docker;

/** What an HTTP client inside a container reaches: the container's own servers (localhost or its own address). */
@FunctionalInterface
interface HttpTarget {
    /** A response: status code and body. */
    record Response(int status, String body) {
    }

    /** The response for {@code GET http://host:port/path}, or null when nothing listens there (connection refused). */
    Response get(String host, int port, String path);

    HttpTarget NONE = (host, port, path) -> null;
}
