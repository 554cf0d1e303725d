package dockyard.shell;

import dockyard.shell.aws.LocalFiles;

import java.util.Optional;

/** The learner's workspace as the AWS CLI at the terminal sees it (paths relative to the shell's directory). */
final class WorkspaceFiles implements LocalFiles {
    private final Shell shell;

    WorkspaceFiles(Shell shell) {
        this.shell = shell;
    }

    @Override
    public Optional<String> read(String path) {
        return shell.readFile(path);
    }

    @Override
    public void write(String path, String text) {
        shell.writeFile(path, text);
    }
}
