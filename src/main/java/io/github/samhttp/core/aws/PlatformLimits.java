package io.github.samhttp.core.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.samhttp.core.read.JsonText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The service limits a generated project must respect, checked on the files before anything is written, so that a
 * project over a limit fails the build rather than the deploy. Each violation names the limit and the count.
 */
public final class PlatformLimits {

    static final int TEMPLATE_BYTES = 1_048_576;
    static final int RESOURCES = 500;
    static final int OUTPUTS = 200;
    static final int PARAMETERS = 200;
    static final int DYNAMIC_REFERENCES = 60;
    static final int DEFINITION_BYTES = 1_048_576;
    static final int MAPPING_TEMPLATE_BYTES = 300 * 1024;
    /** API Gateway's default quotas (adjustable): resources (each path and prefix) per REST API, routes per HTTP API. */
    public static final int REST_API_RESOURCES = 300;
    public static final int HTTP_API_ROUTES = 300;
    /** IAM: the inline policies of one role, together, in characters without white space. */
    static final int ROLE_POLICY_CHARACTERS = 10_240;
    /** The longest an ARN that a Ref or GetAtt gives in a policy is taken to be (a generated name is up to 80). */
    static final int ARN_ESTIMATE = 140;
    static final Pattern LOGICAL_ID = Pattern.compile("[A-Za-z0-9]{1,255}");
    static final Pattern STATE_MACHINE_NAME = Pattern.compile("[A-Za-z0-9_-]{1,80}");
    static final Pattern CONNECTION_NAME = Pattern.compile("[.\\-_A-Za-z0-9]{1,64}");
    static final Pattern API_PATH = Pattern.compile("/|(/[A-Za-z0-9._~{}+-]+)+");
    static final Set<String> API_METHODS = Set.of("get", "post", "put", "delete", "patch", "options", "head",
            "x-amazon-apigateway-any-method");
    private static final Pattern DYNAMIC_REFERENCE = Pattern.compile("\\{\\{resolve:");

    private PlatformLimits() {
    }

    /** The violations of a generated project (relative path to bytes); empty when it fits every limit. */
    public static List<String> check(Map<String, byte[]> files) {
        return check(files, Map.of());
    }

    /**
     * The same, with the trees the files were serialised from (by relative path): those are checked as they are,
     * not parsed again from the bytes.
     */
    public static List<String> check(Map<String, byte[]> files, Map<String, JsonNode> trees) {
        List<String> violations = new ArrayList<>();
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                if (file.getKey().endsWith(".yaml") && !file.getKey().equals("api.yaml")) {
                    JsonNode template = tree(file.getKey(), file.getValue(), trees);
                    if (file.getKey().equals("template.yaml") || template.has("Resources")) {
                        template(file.getKey(), file.getValue(), template, violations);
                        processed(file.getKey(), template, files, trees, violations);
                    }
                } else if (file.getKey().endsWith(".asl.json") && file.getValue().length > DEFINITION_BYTES) {
                    violations.add(file.getKey() + ": " + file.getValue().length + " bytes, over Step Functions'"
                            + " definition limit of " + DEFINITION_BYTES + ". Fix: split the integration");
                } else if (file.getKey().equals("api.yaml")) {
                    api(tree(file.getKey(), file.getValue(), trees), violations);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return violations;
    }

    private static JsonNode tree(String path, byte[] bytes, Map<String, JsonNode> trees) throws IOException {
        JsonNode tree = trees.get(path);
        return tree != null ? tree : Yaml.READER.readTree(bytes);
    }

    /** Only for files given without their tree (tests): the generate path never starts a mapper. */
    private static final class Yaml {
        static final YAMLMapper READER = new YAMLMapper();
    }



    private static void template(String file, byte[] bytes, JsonNode template, List<String> violations) {
        String fix = ". Fix: split the integrations over several descriptors (one stack each)";
        if (bytes.length > TEMPLATE_BYTES) {
            violations.add(file + ": " + bytes.length + " bytes, over CloudFormation's limit of "
                    + TEMPLATE_BYTES + " for a template uploaded to S3" + fix);
        }
        int transformed = SamTransform.count(template);
        if (transformed > RESOURCES) {
            violations.add(file + ": " + transformed + " resources once the SAM transform has expanded its "
                    + template.path("Resources").size() + ", over CloudFormation's limit of " + RESOURCES + fix);
        }
        count(file, template, "Outputs", OUTPUTS, fix, violations);
        count(file, template, "Parameters", PARAMETERS, fix, violations);
        Matcher references = DYNAMIC_REFERENCE.matcher(new String(bytes, StandardCharsets.UTF_8));
        int found = 0;
        while (references.find()) {
            found++;
        }
        if (found > DYNAMIC_REFERENCES) {
            violations.add(file + ": " + found + " dynamic references ({{resolve:...}}), over CloudFormation's"
                    + " limit of " + DYNAMIC_REFERENCES + " per template" + fix);
        }
        for (String section : List.of("Resources", "Outputs", "Parameters")) {
            for (Iterator<String> ids = template.path(section).fieldNames(); ids.hasNext(); ) {
                String id = ids.next();
                if (!LOGICAL_ID.matcher(id).matches()) {
                    violations.add(file + ": " + section + " ID '" + id + "' is not 1 to 255 letters and digits,"
                            + " as CloudFormation requires. Fix: rename it");
                }
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = template.path("Resources").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> resource = it.next();
            JsonNode properties = resource.getValue().path("Properties");
            JsonNode name = properties.path("Name");
            String type = resource.getValue().path("Type").asText();
            rolePolicies(file, resource.getKey(), type, properties, violations);
            if (!name.isTextual()) {
                continue;
            }
            if (type.equals("AWS::Serverless::StateMachine") && !STATE_MACHINE_NAME.matcher(name.asText()).matches()) {
                violations.add(file + ": state machine name '" + name.asText() + "' breaks Step Functions'"
                        + " rule (1 to 80 of A-Z a-z 0-9 _ -). Fix: choose another name");
            }
            if (type.equals("AWS::Events::Connection") && !CONNECTION_NAME.matcher(name.asText()).matches()) {
                violations.add(file + ": connection name '" + name.asText() + "' breaks EventBridge's rule"
                        + " (1 to 64 of A-Z a-z 0-9 . _ -). Fix: choose another name");
            }
        }
    }

    /**
     * The template as CloudFormation processes it: the API body it includes (AWS::Include) written into it, in
     * compact JSON. That, not the uploaded file, must fit CloudFormation's 1 MB.
     */
    private static void processed(String file, JsonNode template, Map<String, byte[]> files,
            Map<String, JsonNode> trees, List<String> violations) throws IOException {
        List<String> included = new ArrayList<>();
        long written = files.get(file).length;
        for (JsonNode include : template.findValues("Fn::Transform")) {
            String location = include.path("Parameters").path("Location").asText();
            if (include.path("Name").asText().equals("AWS::Include") && files.containsKey(location)) {
                included.add(location);
                written += files.get(location).length;
            }
        }
        // Far below the limit as written, far below it as JSON (which escapes at most a third more): not measured.
        if (written * 3 / 2 < TEMPLATE_BYTES) {
            return;
        }
        long size = utf8(JsonText.compact(template));
        for (String location : included) {
            size += utf8(JsonText.compact(tree(location, files.get(location), trees)));
        }
        if (size > TEMPLATE_BYTES) {
            violations.add(file + ": " + size + " bytes once CloudFormation has included the API body (compact JSON),"
                    + " over its limit of " + TEMPLATE_BYTES + " for a processed template. Fix: split the integrations"
                    + " over several descriptors (one API each): each route's part grows with its forwarded headers"
                    + " and query parameters, its path parameters and CORS (about 1 KB a route)");
        }
    }

    private static long utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * A role's inline policies together, as IAM counts them (no white space), each Ref or GetAtt taken as an ARN of
     * {@value #ARN_ESTIMATE} characters. A state machine's Policies become its role's.
     */
    private static void rolePolicies(String file, String id, String type, JsonNode properties,
            List<String> violations) {
        int characters = 0;
        if (type.equals("AWS::IAM::Role")) {
            for (JsonNode policy : properties.path("Policies")) {
                characters += policyCharacters(policy.path("PolicyDocument"));
            }
        } else if (type.equals("AWS::Serverless::StateMachine")) {
            for (JsonNode policy : properties.path("Policies")) {
                characters += policy.isObject() ? policyCharacters(policy) : 0;
            }
        }
        if (characters > ROLE_POLICY_CHARACTERS) {
            violations.add(file + ": the role of " + id + " has inline policies of about " + characters
                    + " characters, over IAM's limit of " + ROLE_POLICY_CHARACTERS + " per role. Fix: split the"
                    + " integrations over several descriptors");
        }
    }

    private static int policyCharacters(JsonNode node) {
        if (node.isObject() && (node.has("Ref") || node.has("Fn::GetAtt"))) {
            return ARN_ESTIMATE + 2;
        }
        if (node.isObject() && node.has("Fn::Sub")) {
            JsonNode sub = node.get("Fn::Sub");
            String text = sub.isArray() ? sub.get(0).asText() : sub.asText();
            return text.replaceAll("\\$\\{[^}]*}", "x".repeat(ARN_ESTIMATE / 2)).length() + 2;
        }
        if (node.isContainerNode()) {
            int characters = 2;
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                characters += field.getKey().length() + 4 + policyCharacters(field.getValue());
            }
            for (int i = 0; node.isArray() && i < node.size(); i++) {
                characters += 1 + policyCharacters(node.get(i));
            }
            return characters;
        }
        return node.isTextual() ? node.asText().length() + 2 : node.asText().length();
    }

    private static void count(String file, JsonNode template, String section, int limit, String fix,
            List<String> violations) {
        int size = template.path(section).size();
        if (size > limit) {
            violations.add(file + ": " + size + " " + section.toLowerCase() + ", over CloudFormation's limit of "
                    + limit + fix);
        }
    }

    private static void api(JsonNode api, List<String> violations) {
        for (Iterator<Map.Entry<String, JsonNode>> paths = api.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!API_PATH.matcher(path.getKey()).matches()) {
                violations.add("api.yaml: path '" + path.getKey() + "' is not a valid API Gateway resource path."
                        + " Fix: use segments of letters, digits and . _ ~ - separated by '/'");
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!API_METHODS.contains(op.getKey())) {
                    violations.add("api.yaml: '" + op.getKey() + "' under " + path.getKey() + " is not an API Gateway"
                            + " method. Fix: use get, post, put, delete, patch, options or head");
                }
                templates(path.getKey(), op.getValue().path("x-amazon-apigateway-integration"), violations);
            }
        }
    }

    private static void templates(String path, JsonNode integration, List<String> violations) {
        List<JsonNode> texts = new ArrayList<>();
        for (JsonNode text : integration.path("requestTemplates")) {
            texts.add(text);
        }
        for (JsonNode response : integration.path("responses")) {
            for (JsonNode text : response.path("responseTemplates")) {
                texts.add(text);
            }
        }
        for (JsonNode text : texts) {
            JsonNode template = text.has("Fn::Sub") ? text.get("Fn::Sub") : text;
            String body = template.isArray() ? template.get(0).asText() : template.asText();
            int size = body.getBytes(StandardCharsets.UTF_8).length;
            if (size > MAPPING_TEMPLATE_BYTES) {
                violations.add("api.yaml: a mapping template of " + path + " has " + size + " bytes, over API"
                        + " Gateway's limit of " + MAPPING_TEMPLATE_BYTES + ". Fix: shorten it");
            }
        }
    }
}
