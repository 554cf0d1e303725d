package dockyard.sim.efs;

import dockyard.sim.docker.Filesystem;

import java.util.LinkedHashMap;
import java.util.Map;

/** One EFS file system: its settings, state, mount targets (one per AZ), access points and its files. */
final class FileSystem {
    /** A mount target: the file system's address in one AZ. */
    static final class MountTarget {
        final String id;
        final String subnetId;
        final String az;
        final String ip;
        final String eniId;
        final String vpcId;
        String state = "creating";

        MountTarget(String id, String subnetId, String az, String ip, String eniId, String vpcId) {
            this.id = id;
            this.subnetId = subnetId;
            this.az = az;
            this.ip = ip;
            this.eniId = eniId;
            this.vpcId = vpcId;
        }
    }

    /** An access point: a POSIX identity and a root directory enforced for every mount through it. */
    record AccessPoint(String id, String arn, String clientToken, String name, Long uid, Long gid, String rootPath,
                       Long ownerUid, Long ownerGid, String permissions) {
    }

    final String id;
    final String arn;
    final String region;
    final String creationToken;
    final long created;
    final String performanceMode;
    final String throughputMode;
    final Double provisionedMibps;
    final boolean encrypted;
    final String oneZoneAz;
    final String name;
    String state = "creating";
    final Map<String, MountTarget> mountTargets = new LinkedHashMap<>();
    final Map<String, AccessPoint> accessPoints = new LinkedHashMap<>();
    final Filesystem files = Filesystem.empty();

    FileSystem(String id, String arn, String region, String creationToken, long created, String performanceMode,
               String throughputMode, Double provisionedMibps, boolean encrypted, String oneZoneAz, String name) {
        this.id = id;
        this.arn = arn;
        this.region = region;
        this.creationToken = creationToken;
        this.created = created;
        this.performanceMode = performanceMode;
        this.throughputMode = throughputMode;
        this.provisionedMibps = provisionedMibps;
        this.encrypted = encrypted;
        this.oneZoneAz = oneZoneAz;
        this.name = name;
    }

    /** Metered size: 6 KiB of metadata for an empty file system, plus the files. */
    long sizeBytes() {
        return 6144 + files.totalSize();
    }
}
