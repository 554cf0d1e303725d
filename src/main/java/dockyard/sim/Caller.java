package dockyard.sim;

/**
 * Who makes an API call and where: the principal's ARN (the learner's own admin identity, a role session
 * for code inside a task or instance, or an AWS service principal), and the region the call goes to.
 *
 * @param principalArn the identity whose permissions the call is checked against
 * @param region       e.g. {@code ap-northeast-2}
 * @param unrestricted true for the learner's own account-admin identity: no policy evaluation
 */
public record Caller(String principalArn, String region, boolean unrestricted) {
    public static final String ACCOUNT = "123456789012";
    public static final String DEFAULT_REGION = "ap-northeast-2";

    /** The learner at their terminal: an administrator of the simulated account. */
    public static Caller admin(String region) {
        return new Caller("arn:aws:iam::" + ACCOUNT + ":user/learner", region, true);
    }

    /** Code running with a role's temporary credentials. */
    public static Caller role(String roleArn, String region) {
        return new Caller(roleArn, region, false);
    }

    public Caller inRegion(String otherRegion) {
        return new Caller(principalArn, otherRegion, unrestricted);
    }
}
