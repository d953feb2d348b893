package io.github.samhttp.core.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
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
                if (file.getKey().equals("template.yaml")) {
                    template(file.getValue(), tree(file.getKey(), file.getValue(), trees), violations);
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

    private static void template(byte[] bytes, JsonNode template, List<String> violations) {
        String fix = ". Fix: split the integrations over several descriptors (one stack each)";
        if (bytes.length > TEMPLATE_BYTES) {
            violations.add("template.yaml: " + bytes.length + " bytes, over CloudFormation's limit of "
                    + TEMPLATE_BYTES + " for a template uploaded to S3" + fix);
        }
        count(template, "Resources", RESOURCES, fix, violations);
        count(template, "Outputs", OUTPUTS, fix, violations);
        count(template, "Parameters", PARAMETERS, fix, violations);
        Matcher references = DYNAMIC_REFERENCE.matcher(new String(bytes, StandardCharsets.UTF_8));
        int found = 0;
        while (references.find()) {
            found++;
        }
        if (found > DYNAMIC_REFERENCES) {
            violations.add("template.yaml: " + found + " dynamic references ({{resolve:...}}), over CloudFormation's"
                    + " limit of " + DYNAMIC_REFERENCES + " per template" + fix);
        }
        for (String section : List.of("Resources", "Outputs", "Parameters")) {
            for (Iterator<String> ids = template.path(section).fieldNames(); ids.hasNext(); ) {
                String id = ids.next();
                if (!LOGICAL_ID.matcher(id).matches()) {
                    violations.add("template.yaml: " + section + " ID '" + id + "' is not 1 to 255 letters and digits,"
                            + " as CloudFormation requires. Fix: rename it");
                }
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = template.path("Resources").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> resource = it.next();
            JsonNode name = resource.getValue().path("Properties").path("Name");
            String type = resource.getValue().path("Type").asText();
            if (!name.isTextual()) {
                continue;
            }
            if (type.equals("AWS::Serverless::StateMachine") && !STATE_MACHINE_NAME.matcher(name.asText()).matches()) {
                violations.add("template.yaml: state machine name '" + name.asText() + "' breaks Step Functions'"
                        + " rule (1 to 80 of A-Z a-z 0-9 _ -). Fix: choose another name");
            }
            if (type.equals("AWS::Events::Connection") && !CONNECTION_NAME.matcher(name.asText()).matches()) {
                violations.add("template.yaml: connection name '" + name.asText() + "' breaks EventBridge's rule"
                        + " (1 to 64 of A-Z a-z 0-9 . _ -). Fix: choose another name");
            }
        }
    }

    private static void count(JsonNode template, String section, int limit, String fix, List<String> violations) {
        int size = template.path(section).size();
        if (size > limit) {
            violations.add("template.yaml: " + size + " " + section.toLowerCase() + ", over CloudFormation's limit of "
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
