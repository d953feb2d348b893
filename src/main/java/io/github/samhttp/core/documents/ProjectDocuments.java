package io.github.samhttp.core.documents;

import io.github.samhttp.core.model.Integration;
import io.github.samhttp.core.model.Trigger;
import java.util.ArrayList;
import java.util.List;

/** Every file of the generated SAM project, as trees, in a fixed order. */
public final class ProjectDocuments {

    public static final String TEMPLATE = "template.yaml";
    public static final String API = "api.yaml";
    public static final String SAMCONFIG = "samconfig.toml";

    private ProjectDocuments() {
    }

    /** The state machine definition's path, named after the integration. */
    public static String stateMachinePath(Integration integration) {
        return "statemachine/" + integration.name() + ".asl.json";
    }

    public static List<Document> build(Integration integration) {
        String asl = stateMachinePath(integration);
        List<Document> documents = new ArrayList<>();
        documents.add(new Document(TEMPLATE, Document.Format.YAML, TemplateDocument.build(integration, asl, API)));
        documents.add(new Document(asl, Document.Format.JSON, StateMachineDocument.build(integration)));
        if (integration.trigger() instanceof Trigger.RestApi) {
            documents.add(new Document(API, Document.Format.YAML, OpenApiDocument.build(integration)));
        } else if (integration.trigger() instanceof Trigger.HttpApi) {
            documents.add(new Document(API, Document.Format.YAML, HttpApiDocument.build(integration)));
        }
        documents.add(new Document(SAMCONFIG, Document.Format.TOML, SamConfigDocument.build(integration)));
        return documents;
    }
}
