package dev.statusspec.processor.gen.adapters;

import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.statusspec.processor.gen.OpenApiGenerator;
import dev.statusspec.processor.gen.SpecTypes;
import dev.statusspec.processor.model.Operation;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * springdoc-openapi's adapter, for springdoc 2.8+ (Spring Boot 3.5) and 3.x (Spring Boot 4): {@code
 * POpenApiCustomizer}, a component-scanned {@code GlobalOpenApiCustomizer} that publishes the spec
 * as the error contract of the document springdoc serves at {@code /v3/api-docs}.
 *
 * <p>The generated class reads the spec's OpenAPI document ({@code
 * META-INF/statusspec/<package>/P.openapi.json}, which the same compilation writes) from its own
 * class loader when Spring creates it, with swagger-core's OpenAPI 3.1 mapper ({@code Json31}, the
 * one that reads {@code const}); a missing or unreadable document stops the application's start
 * with an {@code IllegalStateException} naming it, rather than serving springdoc's guesses as the
 * contract. For each document springdoc builds, it adds the components ({@code PProblem} and the
 * {@code P<Id>} responses), converted anew each time so no two documents share objects; and for
 * each operation whose {@code operationId} is a spec operation's wire id ({@link
 * Operation#wireId()}: its {@code operationId:} key, else its name) it replaces the operation's
 * error responses (4xx and 5xx, including springdoc's guesses from controller advice) with exactly
 * the spec operation's, keeps the success responses springdoc derived, giving those the spec lists
 * the spec's description, and adds the spec's success codes springdoc did not derive. Other
 * operations are left as springdoc made them.
 */
public final class SpringdocAdapter extends Adapter {

  private static final ClassName CUSTOMIZER =
      ClassName.get("org.springdoc.core.customizers", "GlobalOpenApiCustomizer");
  private static final ClassName COMPONENT =
      ClassName.get("org.springframework.stereotype", "Component");
  private static final ClassName JSON31 = ClassName.get("io.swagger.v3.core.util", "Json31");

  /**
   * Jackson 2's package, which swagger-core uses. Joined at run time: the processor jar shades its
   * own Jackson 2, and the shade plugin would rewrite a literal of this name to the shaded package.
   */
  private static final String DATABIND =
      String.join(".", "com", "fasterxml", "jackson", "databind");

  private static final ClassName OBJECT_MAPPER = ClassName.get(DATABIND, "ObjectMapper");
  private static final ClassName JSON_NODE = ClassName.get(DATABIND, "JsonNode");
  private static final ClassName OPEN_API = ClassName.get("io.swagger.v3.oas.models", "OpenAPI");
  private static final ClassName COMPONENTS =
      ClassName.get("io.swagger.v3.oas.models", "Components");
  private static final ClassName PATH_ITEM = ClassName.get("io.swagger.v3.oas.models", "PathItem");
  private static final ClassName OPERATION = ClassName.get("io.swagger.v3.oas.models", "Operation");
  private static final ClassName API_RESPONSE =
      ClassName.get("io.swagger.v3.oas.models.responses", "ApiResponse");
  private static final ClassName API_RESPONSES =
      ClassName.get("io.swagger.v3.oas.models.responses", "ApiResponses");

  /** Creates the adapter. */
  public SpringdocAdapter() {
    super(
        "springdoc",
        "springdoc-openapi 2.8+ / 3.x (springdoc-openapi-starter-common)",
        new Requirement(
            List.of(CUSTOMIZER.canonicalName(), JSON31.canonicalName()), 17, Optional.empty()));
  }

  @Override
  protected List<Type> declaredTypes() {
    return List.of(new Type("OpenApiCustomizer", SpringdocAdapter::customizer));
  }

  @Override
  public Set<String> claimedAnnotations() {
    return Set.of(COMPONENT.canonicalName());
  }

  @Override
  public Set<String> foreignTypes() {
    return Set.of(
        "ApiResponse",
        "ApiResponses",
        "Component",
        "Components",
        "GlobalOpenApiCustomizer",
        "Json31",
        "JsonNode",
        "ObjectMapper",
        "OpenAPI",
        "Operation",
        "PathItem");
  }

  private static TypeSpec customizer(SpecTypes types, TypeSpec.Builder type, ClassName self) {
    String document = types.names().openApiDocument(types.packageName());
    TypeName names = ParameterizedTypeName.get(Map.class, String.class, String.class);
    type.addModifiers(PUBLIC)
        .addAnnotation(COMPONENT)
        .addSuperinterface(CUSTOMIZER)
        .addJavadoc(
            "springdoc adapter of {@link $T}: publishes the spec as the error contract of the"
                + " documents springdoc serves ({@code /v3/api-docs}). It adds the components of"
                + " the spec's OpenAPI document ({@code $L}: the problem schema and a response per"
                + " error status), and gives each operation whose {@code operationId} is one of the"
                + " spec's operations exactly that operation's error responses: the 4xx and 5xx"
                + " responses springdoc documented, such as its guesses from controller advice,"
                + " are replaced. The success responses springdoc derived keep their content, and"
                + " those the spec lists take its description. Operations the spec does not name"
                + " are left as springdoc made them. It reads the document when Spring creates it;"
                + " a document missing from the class path stops the application's start with an"
                + " {@code IllegalStateException} that names it. Bring it in with component"
                + " scanning of this package or {@code @Import($L.class)}.\n",
            types.annotatedInterface(),
            document,
            self.simpleName())
        .addField(
            FieldSpec.builder(String.class, "DOCUMENT", PUBLIC, STATIC, FINAL)
                .addJavadoc(
                    "The class-path resource of the spec's OpenAPI document, written by the"
                        + " compilation that wrote this class.\n")
                .initializer("$S", document)
                .build())
        .addField(
            FieldSpec.builder(names, "OPERATIONS", PRIVATE, STATIC, FINAL)
                .addJavadoc(
                    "Each spec operation's {@code operationId} on the wire, to its name in the"
                        + " document's {@code $L}.\n",
                    OpenApiGenerator.OPERATIONS)
                .initializer(operations(types))
                .build())
        .addField(
            FieldSpec.builder(OBJECT_MAPPER, "mapper", PRIVATE, FINAL)
                .addJavadoc("swagger-core's mapper of OpenAPI 3.1, which reads {@code const}.\n")
                .initializer("$T.mapper()", JSON31)
                .build())
        .addField(
            FieldSpec.builder(JSON_NODE, "components", PRIVATE, FINAL)
                .addJavadoc("The document's components.\n")
                .build())
        .addField(
            FieldSpec.builder(JSON_NODE, "operations", PRIVATE, FINAL)
                .addJavadoc("The document's responses of each operation, by name.\n")
                .build())
        .addMethod(
            MethodSpec.constructorBuilder()
                .addModifiers(PUBLIC)
                .addJavadoc(
                    "Creates the customizer, which reads the spec's document; Spring does, for its"
                        + " context.\n\n"
                        + "@throws IllegalStateException if the document is missing from the class"
                        + " path or is not the one the processor wrote\n")
                .addStatement("$T document = read()", JSON_NODE)
                .addStatement("this.components = document.path($S)", "components")
                .addStatement("this.operations = document.path($S)", OpenApiGenerator.OPERATIONS)
                .beginControlFlow("try")
                .addStatement("contract()")
                .beginControlFlow("for ($T name : OPERATIONS.values())", String.class)
                .addStatement("responsesOf(name)")
                .endControlFlow()
                .nextControlFlow("catch ($T e)", IllegalArgumentException.class)
                .addStatement(
                    "throw new $T($S + DOCUMENT + $S, e)",
                    IllegalStateException.class,
                    "statusspec: ",
                    " is not the OpenAPI document the processor wrote")
                .endControlFlow()
                .build())
        .addMethod(read(self))
        .addMethod(
            MethodSpec.methodBuilder("customise")
                .addAnnotation(Override.class)
                .addModifiers(PUBLIC)
                .addParameter(OPEN_API, "openApi")
                .addJavadoc(
                    "Adds the spec's components to {@code openApi}, and gives each operation of"
                        + " the spec its error responses.\n\n"
                        + "@param openApi the document springdoc built\n")
                .addStatement("$T contract = contract()", COMPONENTS)
                .beginControlFlow("if (openApi.getComponents() == null)")
                .addStatement("openApi.setComponents(new $T())", COMPONENTS)
                .endControlFlow()
                .addStatement("$T target = openApi.getComponents()", COMPONENTS)
                .addStatement("contract.getSchemas().forEach(target::addSchemas)")
                .beginControlFlow("if (contract.getResponses() != null)")
                .addStatement("contract.getResponses().forEach(target::addResponses)")
                .endControlFlow()
                .beginControlFlow("if (openApi.getPaths() == null)")
                .addStatement("return")
                .endControlFlow()
                .beginControlFlow("for ($T path : openApi.getPaths().values())", PATH_ITEM)
                .beginControlFlow("for ($T operation : path.readOperations())", OPERATION)
                .addStatement("$T id = operation.getOperationId()", String.class)
                .addStatement("$T name = id == null ? null : OPERATIONS.get(id)", String.class)
                .beginControlFlow("if (name != null)")
                .addStatement(
                    "operation.setResponses(merge(operation.getResponses(), responsesOf(name)))")
                .endControlFlow()
                .endControlFlow()
                .endControlFlow()
                .build())
        .addMethod(
            MethodSpec.methodBuilder("contract")
                .addModifiers(PRIVATE)
                .returns(COMPONENTS)
                .addJavadoc(
                    "The document's components, as new objects.\n\n" + "@return the components\n")
                .addStatement("return mapper.convertValue(components, $T.class)", COMPONENTS)
                .build())
        .addMethod(
            MethodSpec.methodBuilder("responsesOf")
                .addModifiers(PRIVATE)
                .returns(API_RESPONSES)
                .addParameter(String.class, "name")
                .addJavadoc(
                    "The responses of one of the spec's operations, as new objects.\n\n"
                        + "@param name the operation's name in the spec\n"
                        + "@return its responses\n")
                .addStatement(
                    "return mapper.convertValue(operations.path(name), $T.class)", API_RESPONSES)
                .build())
        .addMethod(merge())
        .addMethod(
            MethodSpec.methodBuilder("isError")
                .addModifiers(PRIVATE, STATIC)
                .returns(boolean.class)
                .addParameter(String.class, "code")
                .addJavadoc(
                    "Whether a response's code, such as {@code 404} or {@code 5XX}, is a client or"
                        + " server error.\n\n"
                        + "@param code the code, as a Responses Object keys it\n"
                        + "@return whether it is 4xx or 5xx\n")
                .addStatement("return code.startsWith($S) || code.startsWith($S)", "4", "5")
                .build());
    return type.build();
  }

  /** {@code Map.ofEntries(entry(wireId, name), ...)}, in the spec's order. */
  private static CodeBlock operations(SpecTypes types) {
    List<Operation> operations = types.spec().operations();
    if (operations.isEmpty()) {
      return CodeBlock.of("$T.of()", Map.class);
    }
    CodeBlock.Builder entries = CodeBlock.builder().add("$T.ofEntries(", Map.class).indent();
    for (int i = 0; i < operations.size(); i++) {
      Operation operation = operations.get(i);
      entries.add(
          "\n$T.entry($S, $S)$L",
          Map.class,
          operation.wireId(),
          operation.name(),
          i + 1 < operations.size() ? "," : "");
    }
    return entries.unindent().add(")").build();
  }

  /** {@code read()}: the document's tree, or an {@code IllegalStateException} that names it. */
  private static MethodSpec read(ClassName self) {
    return MethodSpec.methodBuilder("read")
        .addModifiers(PRIVATE, STATIC)
        .returns(JSON_NODE)
        .addJavadoc(
            "Reads the spec's document from this class's class loader.\n\n"
                + "@return the document\n"
                + "@throws IllegalStateException if it is missing, unreadable or no JSON object\n")
        .beginControlFlow(
            "try ($T in = $T.class.getResourceAsStream($S + DOCUMENT))",
            InputStream.class,
            self,
            "/")
        .beginControlFlow("if (in == null)")
        .addStatement(
            "throw new $T($S + DOCUMENT + $S)",
            IllegalStateException.class,
            "statusspec: ",
            " is not on the class path: it is written with this class, by the same compilation;"
                + " keep it in the application's jar")
        .endControlFlow()
        .addStatement("$T document = $T.mapper().readTree(in)", JSON_NODE, JSON31)
        .beginControlFlow(
            "if (document == null || !document.path($S).path($S).isObject())",
            "components",
            "schemas")
        .addStatement(
            "throw new $T($S + DOCUMENT + $S)",
            IllegalStateException.class,
            "statusspec: ",
            " is not the OpenAPI document the processor wrote")
        .endControlFlow()
        .addStatement("return document")
        .nextControlFlow("catch ($T e)", IOException.class)
        .addStatement(
            "throw new $T($S + DOCUMENT, e)",
            IllegalStateException.class,
            "statusspec: cannot read ")
        .endControlFlow()
        .build();
  }

  /** {@code merge(derived, contract)}: springdoc's success responses and the spec's. */
  private static MethodSpec merge() {
    return MethodSpec.methodBuilder("merge")
        .addModifiers(PRIVATE, STATIC)
        .returns(API_RESPONSES)
        .addParameter(API_RESPONSES, "derived")
        .addParameter(API_RESPONSES, "contract")
        .addJavadoc(
            "An operation's responses: the success responses springdoc derived, those the spec"
                + " lists with its description, the spec's other success responses, and exactly"
                + " its error responses, in the order of the codes.\n\n"
                + "@param derived the responses springdoc documented, or null\n"
                + "@param contract the spec operation's responses\n"
                + "@return the responses\n")
        .addStatement(
            "$T<$T, $T> merged = new $T<>()", Map.class, String.class, API_RESPONSE, TreeMap.class)
        .beginControlFlow("if (derived != null)")
        .beginControlFlow(
            "for ($T.Entry<$T, $T> response : derived.entrySet())",
            Map.class,
            String.class,
            API_RESPONSE)
        .beginControlFlow("if (!isError(response.getKey()))")
        .addStatement("merged.put(response.getKey(), response.getValue())")
        .endControlFlow()
        .endControlFlow()
        .endControlFlow()
        .beginControlFlow(
            "for ($T.Entry<$T, $T> response : contract.entrySet())",
            Map.class,
            String.class,
            API_RESPONSE)
        .addStatement("$T kept = merged.get(response.getKey())", API_RESPONSE)
        .beginControlFlow("if (kept != null)")
        .addStatement("kept.setDescription(response.getValue().getDescription())")
        .nextControlFlow("else")
        .addStatement("merged.put(response.getKey(), response.getValue())")
        .endControlFlow()
        .endControlFlow()
        .addStatement("$T responses = new $T()", API_RESPONSES, API_RESPONSES)
        .addStatement("merged.forEach(responses::addApiResponse)")
        .beginControlFlow("if (derived != null)")
        .addStatement("responses.setExtensions(derived.getExtensions())")
        .endControlFlow()
        .addStatement("return responses")
        .build();
  }
}
