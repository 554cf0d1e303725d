package dockyard.sim.iam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dockyard.sim.AwsException;
import dockyard.sim.Json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A parsed IAM policy document (identity or trust policy). Immutable. {@link #decide} answers for one
 * request: {@link Decision#DENY} if a statement explicitly denies it, {@link Decision#ALLOW} if one allows it,
 * else {@link Decision#NONE} (IAM User Guide, reference_policies_evaluation-logic).
 */
public final class PolicyDocument {
    /** What one document says about one request. */
    public enum Decision { NONE, ALLOW, DENY }

    private final ObjectNode json;
    private final List<Statement> statements;

    private PolicyDocument(ObjectNode json, List<Statement> statements) {
        this.json = json;
        this.statements = statements;
    }

    /**
     * Parses a document given as a JSON string or object. Throws {@code MalformedPolicyDocument} as IAM does.
     *
     * @param trust true for a role's trust policy (needs Principal, forbids Resource)
     */
    public static PolicyDocument parse(JsonNode input, boolean trust) {
        JsonNode doc = input;
        if (input != null && input.isTextual()) {
            try {
                doc = Json.MAPPER.readTree(input.asText());
            } catch (Exception e) {
                throw malformed("Syntax errors in policy.");
            }
        }
        if (doc == null || !doc.isObject()) throw malformed("Syntax errors in policy.");
        JsonNode st = doc.get("Statement");
        if (st == null || st.isNull()) throw malformed("Missing required field Statement");
        List<Statement> statements = new ArrayList<>();
        for (JsonNode s : st.isArray() ? st : List.of(st)) {
            if (!s.isObject()) throw malformed("Syntax errors in policy.");
            statements.add(Statement.parse(s, trust));
        }
        return new PolicyDocument(((ObjectNode) doc).deepCopy(), List.copyOf(statements));
    }

    static AwsException malformed(String message) {
        return AwsException.client("MalformedPolicyDocument", message);
    }

    /** The document as JSON, the way the AWS CLI prints it after URL-decoding. */
    public ObjectNode json() {
        return json.deepCopy();
    }

    /** The decision of this document for {@code action} on {@code resource} with condition {@code context}. */
    public Decision decide(String action, String resource, Map<String, String> context) {
        Decision d = Decision.NONE;
        for (Statement s : statements) {
            if (!s.appliesTo(action, resource, context)) continue;
            if (s.deny()) return Decision.DENY;
            d = Decision.ALLOW;
        }
        return d;
    }

    /** Whether a trust policy lets {@code servicePrincipal} call {@code sts:AssumeRole}. */
    public boolean trustsService(String servicePrincipal) {
        boolean allowed = false;
        for (Statement s : statements) {
            if (!s.namesService(servicePrincipal) || !s.matchesAction("sts:AssumeRole")) continue;
            if (s.deny()) return false;
            allowed = true;
        }
        return allowed;
    }
}
