package io.github.samhttp.core.documents;

import io.github.samhttp.core.model.Integration;
import io.github.samhttp.core.model.Service;
import io.github.samhttp.core.model.Trigger;
import java.util.ArrayList;
import java.util.List;

/** Every file of the generated SAM project, as trees, in a fixed order. */
public final class ProjectDocuments {

    public static final String TEMPLATE = "template.yaml";
    public static final String API = "api.yaml";
    public static final String SAMCONFIG = "samconfig.toml";
    /** The nested stacks' templates, beside template.yaml, as a glob ({@link Stacks#file}). */
    public static final String NESTED_STACKS = "integrations-*.yaml";

    private ProjectDocuments() {
    }

    /** The state machine definition's path, named after the integration. */
    public static String stateMachinePath(Integration integration) {
        return "statemachine/" + integration.name() + ".asl.json";
    }

    /**
     * The template (and, over {@value Service#ONE_STACK_MAX} integrations, the nested stacks' templates beside it),
     * one state machine definition per integration, the API body (for an API), samconfig.toml.
     */
    public static List<Document> build(Service service) {
        List<Document> documents = new ArrayList<>();
        TemplateDocument.Templates templates = TemplateDocument.build(service, ProjectDocuments::stateMachinePath, API);
        documents.add(new Document(TEMPLATE, Document.Format.YAML, templates.root()));
        templates.nested().forEach((id, nested) -> documents.add(new Document(Stacks.file(id), Document.Format.YAML,
                nested)));
        for (Service.Member member : service.members()) {
            documents.add(new Document(stateMachinePath(member.integration()), Document.Format.JSON,
                    StateMachineDocument.build(member.integration(), service.trigger())));
        }
        if (service.trigger() instanceof Trigger.RestApi) {
            com.fasterxml.jackson.databind.node.ObjectNode api = OpenApiDocument.build(service);
            if (service.nested()) {
                templates.root().set("Mappings", SharedTexts.hoist(api));
            }
            documents.add(new Document(API, Document.Format.YAML, api));
        } else if (service.trigger() instanceof Trigger.HttpApi) {
            documents.add(new Document(API, Document.Format.YAML, HttpApiDocument.build(service)));
        }
        documents.add(new Document(SAMCONFIG, Document.Format.TOML, SamConfigDocument.build(service)));
        for (Document document : documents) {
            DynamicReferences.check(document);
        }
        return documents;
    }
}
