package dockyard.sim.docker;

import dockyard.sim.Kernel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The daemon's registry logins: {@code docker login} checks the password with the registry (an ECR token from
 * {@code get-login-password} while it is valid, 12 hours) and keeps it per registry host, mirrored into
 * {@code ~/.docker/config.json} as Docker does.
 */
final class DockerLogins {
    private final Registries registries;
    private final Kernel kernel;
    private final Filesystem workspace;
    /** Registry host → the password used to log in. */
    private final Map<String, String> logins = new LinkedHashMap<>();

    DockerLogins(Registries registries, Kernel kernel, Filesystem workspace) {
        this.registries = registries;
        this.kernel = kernel;
        this.workspace = workspace;
    }

    /** The password this daemon logged in to {@code host} with, or null. */
    String password(String host) {
        return logins.get(host);
    }

    /** {@code docker login [-u USER] [-p PASSWORD | --password-stdin] [SERVER]}. */
    public DockerResult login(String server, String user, String password) {
        String host = server == null || server.isEmpty() ? LocalDocker.HUB_SERVER : server.replaceFirst("^https?://", "").replaceFirst("/.*$", "");
        if (user == null || user.isEmpty() || password == null || password.isEmpty()) {
            return LocalDocker.fail("Error: Cannot perform an interactive login from a non TTY device");
        }
        PrivateRegistry ecr = registries.privateRegistry();
        if (ecr != null && (ecr.serves(host) || host.equals("public.ecr.aws"))) {
            String problem = ecr.checkLogin(host, user, password, kernel.now());
            if (problem != null) return LocalDocker.fail("Error response from daemon: " + problem);
            logins.put(host, password);
            writeDockerConfig();
            return new DockerResult(List.of("Login Succeeded"), List.of(
                    "WARNING! Your password will be stored unencrypted in " + Workspace.HOME + "/.docker/config.json.",
                    "Configure a credential helper to remove this warning. See",
                    "https://docs.docker.com/go/credential-store/", ""), 0);
        }
        String url = host.equals(LocalDocker.HUB_SERVER) ? "https://registry-1.docker.io/v2/" : "https://" + host + "/v2/";
        return LocalDocker.fail("Error response from daemon: Get \"" + url + "\": unauthorized: incorrect username or password");
    }

    /** {@code docker logout [SERVER]}. */
    public DockerResult logout(String server) {
        String host = server == null || server.isEmpty() ? LocalDocker.HUB_SERVER : server;
        if (logins.remove(host) == null) return DockerResult.ok(List.of("Not logged in to " + host));
        writeDockerConfig();
        return DockerResult.ok(List.of("Removing login credentials for " + host));
    }

    private void writeDockerConfig() {
        StringBuilder b = new StringBuilder("{\n\t\"auths\": {");
        int i = 0;
        for (String host : logins.keySet()) {
            b.append(i++ == 0 ? "\n" : ",\n").append("\t\t\"").append(host).append("\": {\n\t\t\t\"auth\": \"")
                    .append(java.util.Base64.getEncoder().encodeToString(("AWS:" + logins.get(host)).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .append("\"\n\t\t}");
        }
        b.append(i == 0 ? "}\n}\n" : "\n\t}\n}\n");
        workspace.write(Workspace.HOME + "/.docker/config.json", b.toString());
    }
}
