package dockyard.sim.ecr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.sim.AwsException;
import dockyard.sim.Caller;
import dockyard.sim.Json;

import java.util.ArrayList;
import java.util.List;

/** ECR's API operations over {@link Ecr}'s repositories (ECR API reference; shapes as the AWS CLI shows them). */
final class EcrOperations {
    static final String MANIFEST_TYPE = "application/vnd.docker.distribution.manifest.v2+json";
    static final String CONFIG_TYPE = "application/vnd.docker.container.image.v1+json";

    private EcrOperations() {
    }

    static ObjectNode invoke(Ecr ecr, String op, ObjectNode in, Caller caller) {
        String region = caller.region();
        return switch (op) {
            case "CreateRepository" -> create(ecr, in, caller);
            case "DescribeRepositories" -> describe(ecr, in, caller);
            case "DeleteRepository" -> delete(ecr, in, caller);
            case "DescribeImages" -> describeImages(ecr, in, caller);
            case "ListImages" -> listImages(ecr, in, caller);
            case "BatchDeleteImage" -> batchDelete(ecr, in, caller);
            case "GetAuthorizationToken" -> {
                ecr.authorize(caller, "ecr:GetAuthorizationToken", "*");
                String host = Ecr.registryHost(region);
                String password = ecr.issuePassword(host);
                ObjectNode out = Json.object();
                ObjectNode d = out.putArray("authorizationData").addObject();
                d.put("authorizationToken", Tokens.authorizationToken(password));
                d.put("expiresAt", Ecr.seconds(ecr.world(), ecr.now() + Tokens.VALIDITY_MILLIS));
                d.put("proxyEndpoint", "https://" + host);
                yield out;
            }
            case "PutImageTagMutability" -> {
                Repository r = ecr.repository(region, Ecr.required(in, "repositoryName"));
                ecr.authorize(caller, "ecr:PutImageTagMutability", r.arn);
                r.mutability = mutability(in);
                ObjectNode out = Json.object();
                out.put("registryId", Caller.ACCOUNT).put("repositoryName", r.name).put("imageTagMutability", r.mutability);
                yield out;
            }
            case "PutImageScanningConfiguration" -> {
                Repository r = ecr.repository(region, Ecr.required(in, "repositoryName"));
                ecr.authorize(caller, "ecr:PutImageScanningConfiguration", r.arn);
                r.scanOnPush = in.path("imageScanningConfiguration").path("scanOnPush").asBoolean(false);
                ObjectNode out = Json.object();
                out.put("registryId", Caller.ACCOUNT).put("repositoryName", r.name);
                out.putObject("imageScanningConfiguration").put("scanOnPush", r.scanOnPush);
                yield out;
            }
            default -> throw new AwsException("UnknownOperationException", "Unknown operation " + op, 400);
        };
    }

    private static String mutability(JsonNode in) {
        String m = Json.text(in, "imageTagMutability", "MUTABLE");
        if (!List.of("MUTABLE", "IMMUTABLE", "MUTABLE_WITH_EXCLUSION", "IMMUTABLE_WITH_EXCLUSION").contains(m)) {
            throw AwsException.client("InvalidParameterException", "Invalid parameter at 'imageTagMutability' failed to satisfy constraint: "
                    + "'Member must satisfy enum value set: [MUTABLE, IMMUTABLE, IMMUTABLE_WITH_EXCLUSION, MUTABLE_WITH_EXCLUSION]'");
        }
        return m;
    }

    private static ObjectNode create(Ecr ecr, ObjectNode in, Caller caller) {
        String name = Ecr.required(in, "repositoryName");
        Ecr.validateName(name);
        String arn = "arn:aws:ecr:" + caller.region() + ":" + Caller.ACCOUNT + ":repository/" + name;
        ecr.authorize(caller, "ecr:CreateRepository", arn);
        if (ecr.repositories.containsKey(caller.region() + "/" + name)) {
            throw AwsException.client("RepositoryAlreadyExistsException", "The repository with name '" + name
                    + "' already exists in the registry with id '" + Caller.ACCOUNT + "'");
        }
        Repository r = new Repository(name, caller.region(), Caller.ACCOUNT, ecr.now(), mutability(in),
                in.path("imageScanningConfiguration").path("scanOnPush").asBoolean(false));
        ecr.repositories.put(caller.region() + "/" + name, r);
        ecr.world().timeline().record("ecr", "RepositoryCreated", r.arn, "Created repository " + name);
        ObjectNode out = Json.object();
        out.set("repository", json(ecr, r));
        return out;
    }

    static ObjectNode json(Ecr ecr, Repository r) {
        ObjectNode o = Json.object();
        o.put("repositoryArn", r.arn);
        o.put("registryId", Caller.ACCOUNT);
        o.put("repositoryName", r.name);
        o.put("repositoryUri", r.uri);
        o.put("createdAt", Ecr.seconds(ecr.world(), r.createdAt));
        o.put("imageTagMutability", r.mutability);
        o.putObject("imageScanningConfiguration").put("scanOnPush", r.scanOnPush);
        o.putObject("encryptionConfiguration").put("encryptionType", "AES256");
        return o;
    }

    private static ObjectNode describe(Ecr ecr, ObjectNode in, Caller caller) {
        ObjectNode out = Json.object();
        ArrayNode list = out.putArray("repositories");
        JsonNode names = in.get("repositoryNames");
        if (names != null && names.isArray() && !names.isEmpty()) {
            for (JsonNode n : names) {
                Repository r = ecr.repository(caller.region(), n.asText());
                ecr.authorize(caller, "ecr:DescribeRepositories", r.arn);
                list.add(json(ecr, r));
            }
            return out;
        }
        ecr.authorize(caller, "ecr:DescribeRepositories", "arn:aws:ecr:" + caller.region() + ":" + Caller.ACCOUNT + ":repository/*");
        for (Repository r : ecr.repositories.values()) if (r.region.equals(caller.region())) list.add(json(ecr, r));
        return out;
    }

    private static ObjectNode delete(Ecr ecr, ObjectNode in, Caller caller) {
        Repository r = ecr.repository(caller.region(), Ecr.required(in, "repositoryName"));
        ecr.authorize(caller, "ecr:DeleteRepository", r.arn);
        if (!r.images.isEmpty() && !in.path("force").asBoolean(false)) {
            throw AwsException.client("RepositoryNotEmptyException", "The repository with name '" + r.name + "' in registry with id '"
                    + Caller.ACCOUNT + "' cannot be deleted because it still contains images");
        }
        ecr.repositories.remove(r.region + "/" + r.name);
        ObjectNode out = Json.object();
        out.set("repository", json(ecr, r));
        return out;
    }

    private static List<Repository.Stored> select(Repository r, JsonNode ids) {
        List<Repository.Stored> out = new ArrayList<>();
        if (ids == null || !ids.isArray() || ids.isEmpty()) {
            out.addAll(r.images.values());
            return out;
        }
        for (JsonNode id : ids) {
            Repository.Stored s = find(r, id);
            if (s == null) {
                throw AwsException.client("ImageNotFoundException", "The image with imageId {imageDigest:'" + id.path("imageDigest").asText("null")
                        + "', imageTag:'" + id.path("imageTag").asText("null") + "'} does not exist within the repository with name '" + r.name
                        + "' in the registry with id '" + Caller.ACCOUNT + "'");
            }
            out.add(s);
        }
        return out;
    }

    private static Repository.Stored find(Repository r, JsonNode id) {
        String digest = id.path("imageDigest").asText(null);
        String tag = id.path("imageTag").asText(null);
        Repository.Stored s = digest != null ? r.images.get(digest) : tag != null ? r.byTag(tag) : null;
        if (s != null && tag != null && !s.tags.contains(tag)) return null;
        return s;
    }

    private static ObjectNode describeImages(Ecr ecr, ObjectNode in, Caller caller) {
        Repository r = ecr.repository(caller.region(), Ecr.required(in, "repositoryName"));
        ecr.authorize(caller, "ecr:DescribeImages", r.arn);
        String tagStatus = in.path("filter").path("tagStatus").asText("ANY");
        ObjectNode out = Json.object();
        ArrayNode details = out.putArray("imageDetails");
        for (Repository.Stored s : select(r, in.get("imageIds"))) {
            if (tagStatus.equals("TAGGED") && s.tags.isEmpty() || tagStatus.equals("UNTAGGED") && !s.tags.isEmpty()) continue;
            ObjectNode d = details.addObject();
            d.put("registryId", Caller.ACCOUNT);
            d.put("repositoryName", r.name);
            d.put("imageDigest", s.digest);
            if (!s.tags.isEmpty()) s.tags.forEach(d.putArray("imageTags")::add);
            d.put("imageSizeInBytes", (long) (s.image.sizeBytes() * 0.4));
            d.put("imagePushedAt", Ecr.seconds(ecr.world(), s.pushedAt));
            d.put("imageManifestMediaType", MANIFEST_TYPE);
            d.put("artifactMediaType", CONFIG_TYPE);
            if (s.lastPulledAt >= 0) d.put("lastRecordedPullTime", Ecr.seconds(ecr.world(), s.lastPulledAt));
        }
        return out;
    }

    private static ObjectNode listImages(Ecr ecr, ObjectNode in, Caller caller) {
        Repository r = ecr.repository(caller.region(), Ecr.required(in, "repositoryName"));
        ecr.authorize(caller, "ecr:ListImages", r.arn);
        String tagStatus = in.path("filter").path("tagStatus").asText("ANY");
        ObjectNode out = Json.object();
        ArrayNode ids = out.putArray("imageIds");
        for (Repository.Stored s : r.images.values()) {
            if (s.tags.isEmpty()) {
                if (!tagStatus.equals("TAGGED")) ids.addObject().put("imageDigest", s.digest);
            } else if (!tagStatus.equals("UNTAGGED")) {
                for (String t : s.tags) ids.addObject().put("imageDigest", s.digest).put("imageTag", t);
            }
        }
        return out;
    }

    private static ObjectNode batchDelete(Ecr ecr, ObjectNode in, Caller caller) {
        Repository r = ecr.repository(caller.region(), Ecr.required(in, "repositoryName"));
        ecr.authorize(caller, "ecr:BatchDeleteImage", r.arn);
        JsonNode ids = in.get("imageIds");
        if (ids == null || !ids.isArray() || ids.isEmpty()) {
            throw AwsException.client("InvalidParameterException", "Invalid parameter at 'imageIds' failed to satisfy constraint: 'Member must have length greater than or equal to 1'");
        }
        ObjectNode out = Json.object();
        ArrayNode deleted = out.putArray("imageIds");
        ArrayNode failures = out.putArray("failures");
        for (JsonNode id : ids) {
            Repository.Stored s = find(r, id);
            if (s == null) {
                ObjectNode f = failures.addObject();
                f.set("imageId", id.deepCopy());
                f.put("failureCode", "ImageNotFound");
                f.put("failureReason", "Requested image not found");
                continue;
            }
            String tag = id.path("imageTag").asText(null);
            if (tag != null && !id.has("imageDigest")) {
                s.tags.remove(tag);
                deleted.addObject().put("imageDigest", s.digest).put("imageTag", tag);
                if (s.tags.isEmpty()) r.images.remove(s.digest);
            } else {
                r.images.remove(s.digest);
                if (s.tags.isEmpty()) deleted.addObject().put("imageDigest", s.digest);
                for (String t : s.tags) deleted.addObject().put("imageDigest", s.digest).put("imageTag", t);
            }
        }
        return out;
    }
}
