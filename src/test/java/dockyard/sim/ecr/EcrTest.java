package dockyard.sim.ecr;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.sim.AwsException;
import dockyard.sim.Caller;
import dockyard.sim.Json;
import dockyard.sim.World;
import dockyard.sim.docker.DockerResult;
import dockyard.sim.docker.LocalDocker;
import dockyard.sim.docker.PullFailure;
import dockyard.sim.docker.PulledImage;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EcrTest {
    static final String HOST = "123456789012.dkr.ecr.ap-northeast-2.amazonaws.com";
    private final World world = new World(3);
    private final Caller admin = Caller.admin("ap-northeast-2");
    private final LocalDocker docker = world.docker();

    private ObjectNode call(String op, String json) {
        try {
            return world.invoke("ecr", op, (ObjectNode) Json.MAPPER.readTree(json), admin);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String password() {
        String token = call("GetAuthorizationToken", "{}").get("authorizationData").get(0).get("authorizationToken").asText();
        return new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8).substring(4);
    }

    private void loginAndTag(String repoTag) {
        assertThat(docker.login(HOST, "AWS", password()).out()).containsExactly("Login Succeeded");
        docker.pull("nginx");
        docker.tag("nginx", HOST + "/" + repoTag);
    }

    @Test
    void aNewRepositoryIsMutableByDefaultWithItsUri() {
        ObjectNode repo = (ObjectNode) call("CreateRepository", "{\"repositoryName\":\"team-a/web\"}").get("repository");
        assertThat(repo.get("imageTagMutability").asText()).isEqualTo("MUTABLE");
        assertThat(repo.get("repositoryUri").asText()).isEqualTo(HOST + "/team-a/web");
        assertThat(repo.get("repositoryArn").asText()).isEqualTo("arn:aws:ecr:ap-northeast-2:123456789012:repository/team-a/web");
    }

    @Test
    void repositoryNamesMustBeLowercase() {
        assertThatThrownBy(() -> call("CreateRepository", "{\"repositoryName\":\"Web\"}"))
                .isInstanceOfSatisfying(AwsException.class, e -> assertThat(e.code()).isEqualTo("InvalidParameterException"))
                .hasMessageContaining("must satisfy regular expression");
    }

    @Test
    void creatingAnExistingRepositoryFails() {
        call("CreateRepository", "{\"repositoryName\":\"web\"}");
        assertThatThrownBy(() -> call("CreateRepository", "{\"repositoryName\":\"web\"}"))
                .hasMessage("The repository with name 'web' already exists in the registry with id '123456789012'");
    }

    @Test
    void pushingWithoutLoginHasNoBasicAuthCredentials() {
        call("CreateRepository", "{\"repositoryName\":\"web\"}");
        docker.pull("nginx");
        docker.tag("nginx", HOST + "/web:1");
        DockerResult r = docker.push(HOST + "/web:1");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).containsExactly("no basic auth credentials");
    }

    @Test
    void pushingToAMissingRepositoryIsNameUnknown() {
        loginAndTag("web:1");
        DockerResult r = docker.push(HOST + "/web:1");
        assertThat(r.err()).containsExactly("name unknown: The repository with name 'web' does not exist in the registry with id '123456789012'");
    }

    @Test
    void aPushedImageIsDescribedWithItsDigestAndTag() {
        call("CreateRepository", "{\"repositoryName\":\"web\"}");
        loginAndTag("web:1");
        DockerResult r = docker.push(HOST + "/web:1");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out().get(0)).isEqualTo("The push refers to repository [" + HOST + "/web]");
        assertThat(r.out()).last().asString().startsWith("1: digest: sha256:");
        ObjectNode d = (ObjectNode) call("DescribeImages", "{\"repositoryName\":\"web\"}").get("imageDetails").get(0);
        assertThat(d.get("imageTags").get(0).asText()).isEqualTo("1");
        assertThat(d.get("imageDigest").asText()).startsWith("sha256:");
        assertThat(docker.push(HOST + "/web:1").out()).anyMatch(l -> l.endsWith(": Layer already exists"));
    }

    @Test
    void pushingAnExistingTagToAnImmutableRepositoryFails() {
        call("CreateRepository", "{\"repositoryName\":\"web\",\"imageTagMutability\":\"IMMUTABLE\"}");
        loginAndTag("web:1");
        docker.push(HOST + "/web:1");
        docker.pull("httpd");
        docker.tag("httpd", HOST + "/web:1");
        DockerResult r = docker.push(HOST + "/web:1");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).containsExactly("tag invalid: The image tag '1' already exists in the 'web' repository and cannot be overwritten because the repository is immutable.");
    }

    @Test
    void aRepositoryWithImagesCannotBeDeletedWithoutForce() {
        call("CreateRepository", "{\"repositoryName\":\"web\"}");
        loginAndTag("web:1");
        docker.push(HOST + "/web:1");
        assertThatThrownBy(() -> call("DeleteRepository", "{\"repositoryName\":\"web\"}"))
                .isInstanceOfSatisfying(AwsException.class, e -> assertThat(e.code()).isEqualTo("RepositoryNotEmptyException"));
        call("DeleteRepository", "{\"repositoryName\":\"web\",\"force\":true}");
        assertThat(call("DescribeRepositories", "{}").get("repositories")).isEmpty();
    }

    @Test
    void theLoginTokenExpiresAfterTwelveHours() {
        call("CreateRepository", "{\"repositoryName\":\"web\"}");
        loginAndTag("web:1");
        world.kernel().advance(12 * 3600 * 1000L);
        assertThat(docker.push(HOST + "/web:1").err()).containsExactly("denied: Your authorization token has expired. Reauthenticate and try again.");
    }

    @Test
    void aTokenFromAnotherRegionDoesNotLogIn() {
        DockerResult r = docker.login("123456789012.dkr.ecr.us-east-1.amazonaws.com", "AWS", password());
        assertThat(r.err()).containsExactly("Error response from daemon: login attempt to https://123456789012.dkr.ecr.us-east-1.amazonaws.com/v2/ failed with status: 400 Bad Request");
    }

    @Test
    void batchDeleteImageByTagRemovesTheImageWithItsLastTag() {
        call("CreateRepository", "{\"repositoryName\":\"web\"}");
        loginAndTag("web:1");
        docker.push(HOST + "/web:1");
        ObjectNode out = call("BatchDeleteImage", "{\"repositoryName\":\"web\",\"imageIds\":[{\"imageTag\":\"1\"},{\"imageTag\":\"9\"}]}");
        assertThat(out.get("imageIds").get(0).get("imageTag").asText()).isEqualTo("1");
        assertThat(out.get("failures").get(0).get("failureCode").asText()).isEqualTo("ImageNotFound");
        assertThat(call("ListImages", "{\"repositoryName\":\"web\"}").get("imageIds")).isEmpty();
    }

    @Test
    void anEcsPullOfAMissingTagIsNotFound() {
        call("CreateRepository", "{\"repositoryName\":\"web\"}");
        assertThatThrownBy(() -> world.registries().pull(HOST + "/web:v2", null))
                .isInstanceOf(PullFailure.class)
                .hasMessage("CannotPullContainerError: pull image manifest has been retried 1 time(s): failed to resolve ref "
                        + HOST + "/web:v2: " + HOST + "/web:v2: not found");
    }

    @Test
    void aPullerWithoutEcrPermissionsCannotGetRegistryAuth() {
        call("CreateRepository", "{\"repositoryName\":\"web\"}");
        loginAndTag("web:1");
        docker.push(HOST + "/web:1");
        Caller role = Caller.role("arn:aws:iam::123456789012:role/nothing", "ap-northeast-2");
        assertThatThrownBy(() -> world.registries().pull(HOST + "/web:1", role))
                .hasMessageStartingWith("ResourceInitializationError: unable to pull secrets or registry auth")
                .hasMessageContaining("is not authorized to perform: ecr:GetAuthorizationToken on resource: *");
        PulledImage img = world.registries().pull(HOST + "/web:1", admin);
        assertThat(img.exposedPorts()).containsExactly("80/tcp");
    }

    @Test
    void ecrPublicImagesPullWithoutLogin() {
        PulledImage img = world.registries().pull("public.ecr.aws/nginx/nginx:latest", null);
        assertThat(img.cmd()).containsExactly("nginx", "-g", "daemon off;");
        assertThat(docker.pull("public.ecr.aws/docker/library/python:3.12-slim").exitCode()).isZero();
    }

    @Test
    void ecrPublicTokensComeOnlyFromUsEast1() {
        assertThatThrownBy(() -> world.invoke("ecr-public", "GetAuthorizationToken", Json.object(), admin))
                .hasMessage("Could not connect to the endpoint URL: \"https://api.ecr-public.ap-northeast-2.amazonaws.com/\"");
        ObjectNode out = world.invoke("ecr-public", "GetAuthorizationToken", Json.object(), Caller.admin("us-east-1"));
        String token = out.get("authorizationData").get("authorizationToken").asText();
        String pw = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8).substring(4);
        assertThat(docker.login("public.ecr.aws", "AWS", pw).exitCode()).isZero();
    }
}
