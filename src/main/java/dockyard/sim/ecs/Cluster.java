package dockyard.sim.ecs;

/** An ECS cluster (one region). Counts are computed from its instances and tasks when described. */
final class Cluster {
    final String name;
    final String arn;
    final String region;
    String status = "ACTIVE";

    Cluster(String name, String arn, String region) {
        this.name = name;
        this.arn = arn;
        this.region = region;
    }
}
