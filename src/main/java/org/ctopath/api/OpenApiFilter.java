package org.ctopath.api;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * The rules every operation of the OpenAPI document at {@code /openapi} follows, whoever adds it:
 * the problem details it can answer ({@link ProblemResponses}), and what Payara's scanner writes
 * wrong, put right in the model so that the document validates (swagger-parser, Redocly) and says
 * what the API really answers:
 * <ul>
 * <li>a {@code @Schema} annotation makes Payara copy the annotation's defaults into the schema
 * ({@code maxProperties: 0}, which no object satisfies, {@code minLength: 0},
 * {@code exclusiveMaximum: false} without a maximum, {@code nullable: false} ...): defaults are left out;</li>
 * <li>an example is written as text whatever the type: an integer's or a number's is made a number;</li>
 * <li>a path parameter is declared {@code required: false}, which OpenAPI forbids: it is required;</li>
 * <li>a request body whose media types are named gets a copy under {@code *}{@code /*} besides: left out;</li>
 * <li>a tag named by two resources is listed twice: once, with its description;</li>
 * <li>the scanner also describes classes that are no part of the API (a form bean with bean
 * validation): component schemas that no operation reaches are left out;</li>
 * <li>Payara adds a top-level {@code endpoints} list that OpenAPI does not have: it is left out.</li>
 * </ul>
 * Registered in {@code META-INF/microprofile-config.properties} ({@code mp.openapi.filter}).
 */
public class OpenApiFilter implements OASFilter {

    static final String SCHEMAS = "#/components/schemas/";

    @Override
    public Schema filterSchema(Schema schema) {
        withoutAnnotationDefaults(schema);
        return schema;
    }

    @Override
    public Parameter filterParameter(Parameter parameter) {
        if (parameter.getIn() == Parameter.In.PATH) {
            parameter.setRequired(true); // OpenAPI 3: a path parameter is always required
        } else if (Boolean.FALSE.equals(parameter.getRequired())) {
            parameter.setRequired(null);
        }
        if (Boolean.FALSE.equals(parameter.getAllowEmptyValue())) {
            parameter.setAllowEmptyValue(null);
        }
        if (Boolean.FALSE.equals(parameter.getAllowReserved())) {
            parameter.setAllowReserved(null);
        }
        if (Boolean.FALSE.equals(parameter.getDeprecated())) {
            parameter.setDeprecated(null);
        }
        return parameter;
    }

    @Override
    public Header filterHeader(Header header) {
        if (Boolean.FALSE.equals(header.getRequired())) {
            header.setRequired(null);
        }
        if (Boolean.FALSE.equals(header.getAllowEmptyValue())) {
            header.setAllowEmptyValue(null);
        }
        if (Boolean.FALSE.equals(header.getDeprecated())) {
            header.setDeprecated(null);
        }
        return header;
    }

    @Override
    public RequestBody filterRequestBody(RequestBody body) {
        Content content = body.getContent();
        if (content != null && content.getMediaTypes() != null && content.getMediaTypes().size() > 1 && content.hasMediaType("*/*")) {
            content.removeMediaType("*/*");
        }
        return body;
    }

    @Override
    public Operation filterOperation(Operation operation) {
        if (Boolean.FALSE.equals(operation.getDeprecated())) {
            operation.setDeprecated(null);
        }
        return operation;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        new ProblemResponses().filterOpenAPI(openAPI);
        onceEachTag(openAPI);
        withoutUnreachedSchemas(openAPI);
        withoutPayaraEndpoints(openAPI);
    }

    /** Leaves out what a {@code @Schema} annotation's defaults put in, and types examples as their schema. */
    static void withoutAnnotationDefaults(Schema schema) {
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinItems())) {
            schema.setMinItems(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
            schema.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
            schema.setExclusiveMinimum(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        if (Boolean.FALSE.equals(schema.getNullable())) {
            schema.setNullable(null);
        }
        if (Boolean.FALSE.equals(schema.getReadOnly())) {
            schema.setReadOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getWriteOnly())) {
            schema.setWriteOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getDeprecated())) {
            schema.setDeprecated(null);
        }
        if (schema.getExample() instanceof String text && schema.getType() != null) {
            try {
                switch (schema.getType()) {
                    case INTEGER -> schema.setExample(Long.valueOf(text.trim()));
                    case NUMBER -> schema.setExample(new BigDecimal(text.trim()));
                    case BOOLEAN -> schema.setExample(Boolean.valueOf(text.trim()));
                    default -> {
                    }
                }
            } catch (NumberFormatException notANumber) {
                schema.setExample(null); // an example that contradicts its schema says nothing true
            }
        }
    }

    /** Each tag once, keeping the first description given. */
    static void onceEachTag(OpenAPI openAPI) {
        if (openAPI.getTags() == null) {
            return;
        }
        Map<String, Tag> tags = new LinkedHashMap<>();
        for (Tag tag : openAPI.getTags()) {
            Tag first = tags.putIfAbsent(tag.getName(), tag);
            if (first != null && (first.getDescription() == null || first.getDescription().isBlank())) {
                first.setDescription(tag.getDescription());
            }
        }
        openAPI.setTags(new java.util.ArrayList<>(tags.values()));
    }

    /** The component schemas the operations reach, through references in schemas too; the rest are left out. */
    static void withoutUnreachedSchemas(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        Set<String> reached = new HashSet<>();
        Deque<Schema> toVisit = new ArrayDeque<>();
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            for (PathItem path : openAPI.getPaths().getPathItems().values()) {
                for (Operation operation : path.getOperations().values()) {
                    if (operation.getParameters() != null) {
                        operation.getParameters().forEach(p -> add(toVisit, p.getSchema()));
                    }
                    if (operation.getRequestBody() != null) {
                        addAll(toVisit, operation.getRequestBody().getContent());
                    }
                    if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                        for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                            addAll(toVisit, response.getContent());
                            if (response.getHeaders() != null) {
                                response.getHeaders().values().forEach(h -> add(toVisit, h.getSchema()));
                            }
                        }
                    }
                }
            }
        }
        while (!toVisit.isEmpty()) {
            Schema schema = toVisit.pop();
            String ref = schema.getRef();
            if (ref != null && ref.startsWith(SCHEMAS)) {
                String name = ref.substring(SCHEMAS.length());
                if (reached.add(name) && components.get(name) != null) {
                    toVisit.push(components.get(name));
                }
            }
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(s -> add(toVisit, s));
            }
            add(toVisit, schema.getItems());
            add(toVisit, schema.getAdditionalPropertiesSchema());
            add(toVisit, schema.getNot());
            for (List<Schema> list : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
                if (list != null) {
                    list.forEach(s -> add(toVisit, s));
                }
            }
        }
        new HashMap<>(components).keySet().stream().filter(name -> !reached.contains(name))
                .forEach(name -> openAPI.getComponents().removeSchema(name));
    }

    private static void addAll(Deque<Schema> toVisit, Content content) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().stream().map(MediaType::getSchema).forEach(s -> add(toVisit, s));
        }
    }

    private static void add(Deque<Schema> toVisit, Schema schema) {
        if (schema != null) {
            toVisit.push(schema);
        }
    }

    /**
     * Payara's model carries, besides OpenAPI's fields, a map of the application's endpoints that it
     * writes as a top-level {@code endpoints} key, which no OpenAPI version has; emptied (Payara
     * leaves an empty map out), through its public setter since the OpenAPI model has no name for it.
     */
    static void withoutPayaraEndpoints(OpenAPI openAPI) {
        try {
            Method setter = openAPI.getClass().getMethod("setEndpoints", Map.class);
            setter.invoke(openAPI, new HashMap<String, Set<String>>());
        } catch (NoSuchMethodException another) {
            // another runtime's model: nothing to leave out
        } catch (ReflectiveOperationException | RuntimeException e) {
            java.util.logging.Logger.getLogger(OpenApiFilter.class.getName()).warning("Could not leave Payara's endpoints out of the OpenAPI document: " + e);
        }
    }
}
