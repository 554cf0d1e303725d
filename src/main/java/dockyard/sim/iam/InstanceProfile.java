package dockyard.sim.iam;

/** An instance profile: a container for at most one role, handed to EC2 instances. */
final class InstanceProfile {
    final String name;
    final String path;
    final String arn;
    final String id;
    final double createDate;
    String roleName;

    InstanceProfile(String name, String path, String arn, String id, double createDate) {
        this.name = name;
        this.path = path;
        this.arn = arn;
        this.id = id;
        this.createDate = createDate;
    }
}
