package dockyard.sim;

/**
 * An error as AWS returns it: the error code (e.g. {@code ClientException}, {@code InvalidParameterException},
 * {@code AccessDeniedException}), AWS's message, the HTTP status and whether the fault is the caller's.
 */
public final class AwsException extends RuntimeException {
    private final String code;
    private final int httpStatus;

    public AwsException(String code, String message, int httpStatus) {
        super(message);
        this.code = code;
        this.httpStatus = httpStatus;
    }

    /** A 400 client error, the most common kind. */
    public static AwsException client(String code, String message) {
        return new AwsException(code, message, 400);
    }

    public String code() { return code; }

    public int httpStatus() { return httpStatus; }

    /** True for 5xx: the service's fault, not the caller's. */
    public boolean serverFault() { return httpStatus >= 500; }
}
