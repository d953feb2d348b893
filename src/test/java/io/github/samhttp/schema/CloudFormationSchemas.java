package io.github.samhttp.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Validates a template against the official schemas in {@code ../shared/schemas}: the SAM schema for the whole
 * template and for each {@code AWS::Serverless::*} resource, the CloudFormation registry schema for the
 * Properties of every other resource. Intrinsic functions are accepted wherever a value goes.
 */
public final class CloudFormationSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INTRINSIC = "__Intrinsic";
    /** Local paths that {@code sam package} uploads and replaces by an S3 location before CloudFormation. */
    private static final Set<String> PACKAGED = Set.of("DefinitionUri", "CodeUri", "ContentUri");
    /** How the SAM schema documents a property that SAM hands to CloudFormation as it is. */
    private static final Pattern PASSED_TO = Pattern.compile(
            "passed directly to the \\[`(\\w+)`\\]\\([^)]*\\) property of an `(AWS::[A-Za-z0-9:]+)` resource");

    /** Schemas of the types that ../shared/schemas does not carry. */
    private static final Path LOCAL = Path.of("src/test/resources/cloudformation-schemas");

    private final Path folder;
    private final JsonNode sam;
    private final Map<String, JsonSchema> cache = new HashMap<>();

    public CloudFormationSchemas(Path folder) throws IOException {
        if (!Files.isDirectory(folder.resolve("cloudformation"))) {
            throw new IllegalStateException("official schemas not found at " + folder.toAbsolutePath()
                    + ": run with ../shared beside the project, or set -Dsamhttp.schemas");
        }
        this.folder = folder;
        this.sam = JSON.readTree(folder.resolve("sam.schema.json").toFile());
    }

    /** Every error, prefixed with where it is; empty when the template is valid. */
    public List<String> validate(JsonNode template) throws IOException {
        List<String> errors = new ArrayList<>();
        collect(errors, "template", samSchema(null), template);
        for (Iterator<Map.Entry<String, JsonNode>> it = template.path("Resources").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> resource = it.next();
            String type = resource.getValue().path("Type").asText();
            String where = "Resources." + resource.getKey() + " (" + type + ")";
            if (type.startsWith("AWS::Serverless::")) {
                String definition = "samtranslator__internal__schema_source__aws_serverless_"
                        + type.substring("AWS::Serverless::".length()).toLowerCase(Locale.ROOT) + "__Resource";
                collect(errors, where, samSchema(definition), resource.getValue());
                validatePassThrough(errors, where, definition, resource.getValue().path("Properties"));
            } else {
                collect(errors, where, registrySchema(type), resource.getValue().path("Properties"));
            }
        }
        return errors;
    }

    /**
     * SAM accepts any value for the properties it passes to CloudFormation unchanged; its schema documents the
     * CloudFormation property each becomes, checked here against the registry schema of that resource.
     */
    private void validatePassThrough(List<String> errors, String where, String definition, JsonNode properties)
            throws IOException {
        String propertiesDefinition = definition.replace("__Resource", "__Properties");
        JsonNode samProperties = sam.path("definitions").path(propertiesDefinition).path("properties");
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            if (PACKAGED.contains(property.getKey())) {
                continue;
            }
            Matcher target = PASSED_TO.matcher(
                    samProperties.path(property.getKey()).path("markdownDescription").asText());
            if (!target.find()) {
                continue;
            }
            String cfnProperty = target.group(1);
            String type = target.group(2);
            ObjectNode wrapper = JSON.createObjectNode();
            wrapper.set(cfnProperty, property.getValue());
            JsonSchema schema = registrySchema(type, List.of(cfnProperty));
            collect(errors, where + "." + property.getKey() + " as " + type + "." + cfnProperty, schema, wrapper);
        }
    }

    private static void collect(List<String> errors, String where, JsonSchema schema, JsonNode instance) {
        Set<ValidationMessage> messages = schema.validate(instance);
        messages.forEach(m -> errors.add(where + ": " + m.getMessage()));
    }

    private JsonSchema samSchema(String definition) {
        return cache.computeIfAbsent("sam:" + definition, key -> {
            ObjectNode schema = sam.deepCopy();
            if (definition != null) {
                if (!sam.path("definitions").has(definition)) {
                    throw new IllegalStateException("no SAM schema definition " + definition);
                }
                schema.retain("$schema", "definitions");
                schema.put("$ref", "#/definitions/" + definition);
            }
            return compile(schema, SpecVersion.VersionFlag.V4);
        });
    }

    private JsonSchema registrySchema(String type) throws IOException {
        return registrySchema(type, null);
    }

    /** The registry schema of a resource's Properties; with {@code only}, just those properties, none required. */
    private JsonSchema registrySchema(String type, List<String> only) throws IOException {
        String file = type.toLowerCase(Locale.ROOT).replace("::", "-") + ".json";
        Path path = folder.resolve("cloudformation").resolve(file);
        if (!Files.isRegularFile(path)) {
            // Types generated since ../shared was set up: hand-written from the AWS reference (see the README there).
            path = LOCAL.resolve(file);
        }
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("no registry schema for " + type + " in ../shared or " + LOCAL);
        }
        JsonNode registry = JSON.readTree(path.toFile());
        return cache.computeIfAbsent(type + only, key -> {
            ObjectNode schema = JSON.createObjectNode();
            schema.put("$schema", "http://json-schema.org/draft-07/schema#");
            schema.put("type", "object");
            for (String field : List.of("properties", "required", "definitions", "additionalProperties")) {
                if (registry.has(field)) {
                    schema.set(field, registry.get(field).deepCopy());
                }
            }
            if (only != null) {
                ((ObjectNode) schema.get("properties")).retain(only);
                schema.remove("required");
            }
            return compile(schema, SpecVersion.VersionFlag.V7);
        });
    }

    private static JsonSchema compile(ObjectNode schema, SpecVersion.VersionFlag version) {
        acceptIntrinsics(schema);
        ObjectNode definitions = schema.has("definitions") ? (ObjectNode) schema.get("definitions")
                : schema.putObject("definitions");
        ObjectNode intrinsic = definitions.putObject(INTRINSIC);
        intrinsic.put("type", "object").put("minProperties", 1).put("maxProperties", 1)
                .put("additionalProperties", false)
                .putObject("patternProperties").putObject("^(Ref|Condition|Fn::[A-Za-z]+)$");
        return JsonSchemaFactory.getInstance(version).getSchema(schema);
    }

    /** Wraps every property, item and definition schema as {@code anyOf: [itself, intrinsic]}. */
    private static void acceptIntrinsics(ObjectNode schema) {
        for (String container : List.of("properties", "definitions", "patternProperties")) {
            if (schema.get(container) instanceof ObjectNode children) {
                for (Iterator<Map.Entry<String, JsonNode>> it = children.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> child = it.next();
                    if (child.getValue() instanceof ObjectNode childSchema) {
                        acceptIntrinsics(childSchema);
                        child.setValue(wrap(childSchema));
                    }
                }
            }
        }
        for (String single : List.of("items", "additionalProperties")) {
            if (schema.get(single) instanceof ObjectNode childSchema) {
                acceptIntrinsics(childSchema);
                schema.set(single, wrap(childSchema));
            }
        }
        for (String list : List.of("anyOf", "oneOf", "allOf")) {
            if (schema.get(list) instanceof ArrayNode options) {
                options.forEach(option -> {
                    if (option instanceof ObjectNode optionSchema) {
                        acceptIntrinsics(optionSchema);
                    }
                });
            }
        }
    }

    private static ObjectNode wrap(ObjectNode schema) {
        ObjectNode wrapped = JSON.createObjectNode();
        ArrayNode anyOf = wrapped.putArray("anyOf");
        anyOf.add(schema);
        anyOf.addObject().put("$ref", "#/definitions/" + INTRINSIC);
        return wrapped;
    }
}
