package dockyard.sim.ec2;

/** EC2 instance states with AWS's codes (EC2 API InstanceState: the low byte of the code). */
public enum InstanceState {
    PENDING(0), RUNNING(16), SHUTTING_DOWN(32), TERMINATED(48), STOPPING(64), STOPPED(80);

    private final int code;

    InstanceState(int code) {
        this.code = code;
    }

    public int code() { return code; }

    /** The API name: {@code pending}, {@code running}, {@code shutting-down}, ... */
    public String apiName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
