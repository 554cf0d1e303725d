package dockyard.learn.exercises;

import dockyard.shell.aws.LocalFiles;

import java.util.Optional;

/** No files at all, for goal checks: a check reads no {@code file://} argument and writes nothing. */
enum ReadOnlyFiles implements LocalFiles {
    INSTANCE;

    @Override
    public Optional<String> read(String path) {
        return Optional.empty();
    }

    @Override
    public void write(String path, String text) {
        throw new IllegalStateException("a goal check writes no files");
    }
}
