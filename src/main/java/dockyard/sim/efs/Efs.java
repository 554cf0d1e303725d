package dockyard.sim.efs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.sim.AwsException;
import dockyard.sim.AwsService;
import dockyard.sim.Caller;
import dockyard.sim.World;
import dockyard.sim.docker.Filesystem;
import dockyard.sim.iam.Iam;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Amazon EFS: file systems (creating → available in simulated time), one mount target per AZ, access points, and
 * {@link #mount} for containers: every task that mounts a file system, in any AZ with a mount target, sees the same
 * files, which outlive the tasks. API members are PascalCase (EFS REST API).
 */
public final class Efs implements AwsService {
    static final Set<String> OPERATIONS = Set.of("CreateFileSystem", "DescribeFileSystems", "DeleteFileSystem",
            "CreateMountTarget", "DescribeMountTargets", "DeleteMountTarget", "CreateAccessPoint", "DescribeAccessPoints",
            "DeleteAccessPoint");
    /** Simulated ms until a new file system is available. */
    static final long FILE_SYSTEM_READY_MILLIS = 5_000;
    /** Simulated ms until a new mount target is available (AWS takes a minute or two). */
    static final long MOUNT_TARGET_READY_MILLIS = 90_000;
    final World world;
    final Map<String, FileSystem> fileSystems = new LinkedHashMap<>();

    public Efs(World world) {
        this.world = world;
    }

    @Override public String name() { return "efs"; }

    @Override public Set<String> operations() { return OPERATIONS; }

    @Override
    public ObjectNode invoke(String operation, ObjectNode in, Caller caller) {
        return EfsOperations.invoke(this, operation, in, caller);
    }

    void authorize(Caller caller, String action, String arn) {
        if (!caller.unrestricted()) world.service(Iam.class).require(caller, action, arn);
    }

    FileSystem fileSystem(String id) {
        FileSystem fs = fileSystems.get(id);
        if (fs == null) throw new AwsException("FileSystemNotFound", "File system '" + id + "' does not exist.", 404);
        return fs;
    }

    /**
     * The files a container sees when it mounts {@code fileSystemId} (through {@code accessPointId}, or null, at the
     * access point's root directory) from {@code availabilityZone}. The same {@link Filesystem} for every mount.
     *
     * @throws AwsException code {@code ResourceInitializationError} whose message is the task's stoppedReason when the
     *                      file system does not exist or has no available mount target in that AZ
     */
    public Filesystem mount(String fileSystemId, String accessPointId, String availabilityZone) {
        FileSystem fs = fileSystems.get(fileSystemId);
        String region = fs != null ? fs.region : Caller.DEFAULT_REGION;
        String host = fileSystemId + ".efs." + region + ".amazonaws.com";
        boolean reachable = fs != null && "available".equals(fs.state) && fs.mountTargets.values().stream()
                .anyMatch(mt -> mt.az.equals(availabilityZone) && mt.state.equals("available"));
        if (!reachable) {
            throw new AwsException("ResourceInitializationError", "ResourceInitializationError: failed to invoke EFS utils commands to set up "
                    + "EFS volumes: stderr: Failed to resolve \"" + host + "\" - check that your file system ID is correct, and ensure "
                    + "that the VPC has an EFS mount target for this file system ID. See https://docs.aws.amazon.com/console/efs/"
                    + "mount-dns-name for more detail. Attempting to lookup mount target ip address using botocore. Failed to import "
                    + "necessary dependency botocore, please install botocore first. : unsuccessful EFS utils command execution; code: 1", 0);
        }
        if (accessPointId == null) return fs.files;
        FileSystem.AccessPoint ap = fs.accessPoints.get(accessPointId);
        if (ap == null) {
            throw new AwsException("ResourceInitializationError", "ResourceInitializationError: failed to invoke EFS utils commands to set up "
                    + "EFS volumes: stderr: b'mount.nfs4: access denied by server while mounting 127.0.0.1:/' : unsuccessful EFS utils command execution; code: 32", 0);
        }
        if (!fs.files.isDirectory(ap.rootPath())) {
            if (ap.ownerUid() == null) {
                throw new AwsException("ResourceInitializationError", "ResourceInitializationError: failed to invoke EFS utils commands to set up "
                        + "EFS volumes: stderr: b'mount.nfs4: access denied by server while mounting 127.0.0.1:/' : unsuccessful EFS utils command execution; code: 32", 0);
            }
            fs.files.mkdirs(ap.rootPath());
        }
        return fs.files.view(ap.rootPath());
    }
}
