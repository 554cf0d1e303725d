package dockyard.shell.aws;

import java.util.Optional;

/**
 * The files the AWS CLI reads ({@code file://}, {@code s3 cp} sources) and writes ({@code s3 cp} downloads): the
 * learner's workspace at the terminal, the container's file system inside a container. Paths are as typed,
 * relative to the current directory.
 */
public interface LocalFiles {
    Optional<String> read(String path);

    void write(String path, String text);
}
