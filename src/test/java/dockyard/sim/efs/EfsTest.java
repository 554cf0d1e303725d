package dockyard.sim.efs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.sim.AwsException;
import dockyard.sim.World;
import dockyard.sim.docker.ContainerSpec;
import dockyard.sim.docker.Filesystem;
import dockyard.sim.docker.RunningContainer;
import dockyard.sim.ec2.Ec2;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dockyard.sim.SimCalls.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EfsTest {
    private final World world = new World(13);
    private final Efs efs = world.service(Efs.class);
    private final List<String> subnets = world.service(Ec2.class).defaultSubnets("ap-northeast-2");

    private String fileSystem() {
        String id = call(world, "efs", "CreateFileSystem", "{\"CreationToken\":\"tok\"}").get("FileSystemId").asText();
        world.kernel().advance(Efs.FILE_SYSTEM_READY_MILLIS);
        return id;
    }

    private void mountTarget(String fs, String subnet) {
        call(world, "efs", "CreateMountTarget", "{\"FileSystemId\":\"" + fs + "\",\"SubnetId\":\"" + subnet + "\"}");
    }

    @Test
    void aNewFileSystemIsCreatingThenAvailableWithTheApiDefaults() {
        ObjectNode fs = call(world, "efs", "CreateFileSystem", "{\"CreationToken\":\"tok\"}");
        assertThat(fs.get("LifeCycleState").asText()).isEqualTo("creating");
        assertThat(fs.get("PerformanceMode").asText()).isEqualTo("generalPurpose");
        assertThat(fs.get("ThroughputMode").asText()).isEqualTo("bursting");
        assertThat(fs.get("FileSystemId").asText()).matches("fs-[0-9a-f]{17}");
        world.kernel().advance(Efs.FILE_SYSTEM_READY_MILLIS);
        assertThat(call(world, "efs", "DescribeFileSystems", "{}").get("FileSystems").get(0).get("LifeCycleState").asText()).isEqualTo("available");
    }

    @Test
    void theSameCreationTokenIsAFileSystemThatAlreadyExists() {
        fileSystem();
        assertThatThrownBy(() -> call(world, "efs", "CreateFileSystem", "{\"CreationToken\":\"tok\"}"))
                .isInstanceOfSatisfying(AwsException.class, e -> {
                    assertThat(e.code()).isEqualTo("FileSystemAlreadyExists");
                    assertThat(e.httpStatus()).isEqualTo(409);
                });
    }

    @Test
    void aSecondMountTargetInTheSameAzIsAMountTargetConflict() {
        String fs = fileSystem();
        mountTarget(fs, subnets.get(0));
        assertThatThrownBy(() -> mountTarget(fs, subnets.get(0)))
                .isInstanceOfSatisfying(AwsException.class, e -> {
                    assertThat(e.code()).isEqualTo("MountTargetConflict");
                    assertThat(e.httpStatus()).isEqualTo(409);
                });
    }

    @Test
    void aFileSystemWithMountTargetsIsInUse() {
        String fs = fileSystem();
        mountTarget(fs, subnets.get(0));
        assertThatThrownBy(() -> call(world, "efs", "DeleteFileSystem", "{\"FileSystemId\":\"" + fs + "\"}"))
                .isInstanceOfSatisfying(AwsException.class, e -> assertThat(e.code()).isEqualTo("FileSystemInUse"));
    }

    @Test
    void mountingFromAnAzWithoutAMountTargetFails() {
        String fs = fileSystem();
        mountTarget(fs, subnets.get(0));
        world.kernel().advance(Efs.MOUNT_TARGET_READY_MILLIS);
        assertThatThrownBy(() -> efs.mount(fs, null, "ap-northeast-2c"))
                .hasMessageStartingWith("ResourceInitializationError: failed to invoke EFS utils commands to set up EFS volumes");
    }

    @Test
    void filesWrittenToEfsOutliveTheContainerThatWroteThem() {
        String fs = fileSystem();
        mountTarget(fs, subnets.get(0));
        mountTarget(fs, subnets.get(1));
        world.kernel().advance(Efs.MOUNT_TARGET_READY_MILLIS);
        String azA = world.service(Ec2.class).availabilityZoneOfSubnet("ap-northeast-2", subnets.get(0)).orElseThrow();
        String azB = world.service(Ec2.class).availabilityZoneOfSubnet("ap-northeast-2", subnets.get(1)).orElseThrow();
        var image = world.registries().pull("alpine", null);
        RunningContainer writer = world.containers().start(ContainerSpec.of("w", image)
                .withCommand(List.of("sh", "-c", "echo hello > /data/note.txt; echo tmp > /tmp/local.txt"))
                .withMount("/data", efs.mount(fs, null, azA)), null);
        world.kernel().settle();
        assertThat(writer.running()).isFalse();
        java.util.List<String> out = new java.util.ArrayList<>();
        world.containers().start(ContainerSpec.of("r", image).withCommand(List.of("sh", "-c", "cat /data/note.txt /tmp/local.txt"))
                .withMount("/data", efs.mount(fs, null, azB)).withLogSink(out::add), null);
        world.kernel().settle();
        assertThat(out).containsExactly("hello", "cat: /tmp/local.txt: No such file or directory");
    }

    @Test
    void anAccessPointConfinesTheMountToItsRootDirectory() {
        String fs = fileSystem();
        mountTarget(fs, subnets.get(0));
        world.kernel().advance(Efs.MOUNT_TARGET_READY_MILLIS);
        String ap = call(world, "efs", "CreateAccessPoint", "{\"FileSystemId\":\"" + fs + "\",\"PosixUser\":{\"Uid\":1000,\"Gid\":1000},"
                + "\"RootDirectory\":{\"Path\":\"/app\",\"CreationInfo\":{\"OwnerUid\":1000,\"OwnerGid\":1000,\"Permissions\":\"755\"}}}").get("AccessPointId").asText();
        String az = world.service(Ec2.class).availabilityZoneOfSubnet("ap-northeast-2", subnets.get(0)).orElseThrow();
        Filesystem view = efs.mount(fs, ap, az);
        view.write("/x.txt", "x");
        assertThat(efs.mount(fs, null, az).read("/app/x.txt")).contains("x");
    }
}
