package dockyard.web;

import io.javalin.http.HttpStatus;

/** An error the learner sees as a page (or a fragment) in their language: a status and a message key. */
public final class WebError extends RuntimeException {
    private final HttpStatus status;
    private final String messageKey;
    private final transient Object[] args;

    public WebError(HttpStatus status, String messageKey, Object... args) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
        this.args = args;
    }

    public HttpStatus status() { return status; }
    public String messageKey() { return messageKey; }
    public Object[] args() { return args; }
}
