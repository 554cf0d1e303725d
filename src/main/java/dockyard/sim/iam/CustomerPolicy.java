package dockyard.sim.iam;

/** A customer managed policy (CreatePolicy); one version, v1, which is the default. */
record CustomerPolicy(String name, String path, String arn, String id, double createDate, String description,
                      PolicyDocument document) {
}
