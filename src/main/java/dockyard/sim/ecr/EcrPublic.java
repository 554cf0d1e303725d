package dockyard.sim.ecr;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.sim.AwsException;
import dockyard.sim.AwsService;
import dockyard.sim.Caller;
import dockyard.sim.Json;

import java.util.Set;

/**
 * Amazon ECR Public's token service ({@code ecr-public}): GetAuthorizationToken for {@code docker login public.ecr.aws},
 * served only from us-east-1 (ECR Public user guide, "Registry authentication"). Pulls from ECR Public need no login.
 */
public final class EcrPublic implements AwsService {
    public static final String HOST = "public.ecr.aws";
    private final Ecr ecr;

    public EcrPublic(Ecr ecr) {
        this.ecr = ecr;
    }

    @Override public String name() { return "ecr-public"; }

    @Override public Set<String> operations() { return Set.of("GetAuthorizationToken"); }

    @Override
    public ObjectNode invoke(String operation, ObjectNode input, Caller caller) {
        if (!caller.region().equals("us-east-1")) {
            // The API has endpoints only in us-east-1; the CLI cannot connect anywhere else.
            throw new AwsException("EndpointConnectionError", "Could not connect to the endpoint URL: \"https://api.ecr-public."
                    + caller.region() + ".amazonaws.com/\"", 0);
        }
        ecr.authorize(caller, "ecr-public:GetAuthorizationToken", "*");
        ecr.authorize(caller, "sts:GetServiceBearerToken", "*");
        String password = ecr.issuePassword(HOST);
        ObjectNode out = Json.object();
        ObjectNode d = out.putObject("authorizationData");
        d.put("authorizationToken", Tokens.authorizationToken(password));
        d.put("expiresAt", Ecr.seconds(ecr.world(), ecr.now() + Tokens.VALIDITY_MILLIS));
        return out;
    }
}
