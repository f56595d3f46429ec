package dev.statusspec.processor.gen.adapters;

import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.statusspec.processor.gen.JavaText;
import dev.statusspec.processor.gen.OpenApiGenerator;
import dev.statusspec.processor.gen.SpecTypes;
import dev.statusspec.processor.model.Operation;
import dev.statusspec.processor.model.Spec;
import dev.statusspec.processor.model.Status;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Generates {@code POASFilter}, MicroProfile OpenAPI's adapter (3.1 and 4.0, as SmallRye OpenAPI
 * implements it in Quarkus, Open Liberty, WildFly and Helidon): an {@code OASFilter} whose {@code
 * filterOpenAPI} puts the spec's error contract into the application's document, as the generated
 * {@code P.openapi.json} states it ({@link OpenApiGenerator}). It adds {@code
 * components.schemas.PProblem} and {@code components.responses.P<Id>}; on every operation whose
 * {@code operationId} is a spec operation's wire id, the error responses (4xx, 5xx and the {@code
 * 4XX}/{@code 5XX} ranges) become exactly the spec operation's, a success response the spec lists
 * keeps its content and takes the spec's description, and other responses stay; other operations
 * are left alone.
 *
 * <p>The models are built by generated code with {@code OASFactory}, from per-status tables and one
 * method per operation, not read from the JSON resource at run time: the MicroProfile API has no
 * JSON reader, JSON-P is optional in SmallRye OpenAPI (Quarkus with Jackson has none), and code
 * needs nothing but the API the adapter applies for. The texts are those of the document, taken
 * from {@link OpenApiGenerator} when generating. MicroProfile OpenAPI 4.0 models OpenAPI 3.1
 * ({@code const}, a list of types, a boolean schema for {@code additionalProperties}); against 3.1,
 * which models OpenAPI 3.0, a pinned value is a one-value {@code enum} instead of {@code const}.
 */
public final class MicroProfileOpenApiAdapter extends Adapter {

  /** The filter interface, the adapter's marker type. */
  static final String OAS_FILTER = "org.eclipse.microprofile.openapi.OASFilter";

  private static final String MODELS = "org.eclipse.microprofile.openapi.models";
  private static final String SCHEMA_NAME = MODELS + ".media.Schema";
  private static final ClassName FILTER = ClassName.bestGuess(OAS_FILTER);
  private static final ClassName FACTORY =
      ClassName.get("org.eclipse.microprofile.openapi", "OASFactory");
  private static final ClassName OPEN_API = ClassName.get(MODELS, "OpenAPI");
  private static final ClassName COMPONENTS = ClassName.get(MODELS, "Components");
  private static final ClassName PATHS = ClassName.get(MODELS, "Paths");
  private static final ClassName PATH_ITEM = ClassName.get(MODELS, "PathItem");
  private static final ClassName OPERATION = ClassName.get(MODELS, "Operation");
  private static final ClassName SCHEMA = ClassName.get(MODELS + ".media", "Schema");
  private static final ClassName SCHEMA_TYPE = SCHEMA.nestedClass("SchemaType");
  private static final ClassName MEDIA_TYPE = ClassName.get(MODELS + ".media", "MediaType");
  private static final ClassName CONTENT = ClassName.get(MODELS + ".media", "Content");
  private static final ClassName EXAMPLE = ClassName.get(MODELS + ".examples", "Example");
  private static final ClassName API_RESPONSE = ClassName.get(MODELS + ".responses", "APIResponse");
  private static final ClassName API_RESPONSES =
      ClassName.get(MODELS + ".responses", "APIResponses");

  private static final ClassName STRING = ClassName.get(String.class);
  private static final ClassName OBJECT = ClassName.OBJECT;
  private static final TypeName MEMBERS =
      ParameterizedTypeName.get(ClassName.get(Map.class), STRING, OBJECT);
  private static final TypeName RESPONSE_MAP =
      ParameterizedTypeName.get(ClassName.get(Map.class), STRING, API_RESPONSE);

  /**
   * The most characters of one string literal: 21,845 characters of at most 3 bytes each fit
   * javac's 65,535-byte limit for a constant; longer texts are joined at run time.
   */
  private static final int MAX_LITERAL_CHARS = 21_845;

  /** Creates the adapter. */
  public MicroProfileOpenApiAdapter() {
    super(
        "mpopenapi",
        "MicroProfile OpenAPI 3.1+ (microprofile-openapi-api)",
        new Requirement(List.of(OAS_FILTER), 11, Optional.empty()));
  }

  @Override
  protected List<Type> declaredTypes() {
    return List.of(new Type("OASFilter", MicroProfileOpenApiAdapter::filter));
  }

  @Override
  public Set<String> foreignTypes() {
    return Set.of(
        "APIResponse",
        "APIResponses",
        "Components",
        "Content",
        "Example",
        "MediaType",
        "OASFactory",
        "OASFilter",
        "OpenAPI",
        "Operation",
        "PathItem",
        "Paths",
        "Schema");
  }

  /** Whether the class path has MicroProfile OpenAPI 4.0's model of OpenAPI 3.1. */
  private static boolean openApi31(SpecTypes types) {
    return types
        .target()
        .classPath()
        .hasMethod(SCHEMA_NAME, "constValue", List.of("java.lang.Object"));
  }

  private static TypeSpec filter(SpecTypes types, TypeSpec.Builder type, ClassName self) {
    Spec spec = types.spec();
    boolean openApi31 = openApi31(types);
    List<Status> errors = spec.errors();
    Map<Status, Integer> index = new HashMap<>();
    for (Status status : errors) {
      index.put(status, index.size());
    }
    // What only some operations need is generated only where one does (ecj warns of unused
    // members): the success helper, and the shared-code helper with its tables.
    boolean anySuccess = false;
    boolean anySharedCode = false;
    for (Operation operation : spec.operations()) {
      for (List<Status> statuses : byCode(spec, operation).values()) {
        anySuccess |= !statuses.get(0).isError();
        anySharedCode |= statuses.get(0).isError() && statuses.size() > 1;
      }
    }
    String document = types.names().openApiDocument(types.packageName());
    type.addModifiers(PUBLIC)
        .addSuperinterface(FILTER)
        .addJavadoc(
            "MicroProfile OpenAPI adapter of {@link $T}: puts the spec's error contract, as"
                + " <code>$L</code> states it, into the application's OpenAPI document. It adds the"
                + " schema <code>$L</code> and a response per error status to the components; on"
                + " every operation whose {@code operationId} is a spec operation's, the error"
                + " responses (4xx, 5xx, {@code 4XX}, {@code 5XX}) become exactly the spec's (the"
                + " implementation's guesses are replaced, not merged), a success response the spec"
                + " lists keeps its content and takes the spec's description, and other responses"
                + " stay. Operations the spec does not name are left alone.\n\n"
                + "<p>Register it the MicroProfile way, in {@code"
                + " META-INF/microprofile-config.properties} (Quarkus: {@code"
                + " application.properties}):\n\n"
                + "<pre>{@code\n"
                + "mp.openapi.filter=$L\n"
                + "}</pre>\n",
            types.annotatedInterface(),
            JavaText.javadoc(document),
            JavaText.javadoc(OpenApiGenerator.problemSchemaName(types)),
            self.canonicalName())
        .addField(
            constant(
                STRING,
                "PROBLEM",
                "The schema name of the problem body.",
                literal(OpenApiGenerator.problemSchemaName(types))))
        .addField(
            constant(
                STRING,
                "PROBLEM_REF",
                "The reference to the problem body's schema.",
                literal("#/components/schemas/" + OpenApiGenerator.problemSchemaName(types))))
        .addField(
            constant(
                STRING,
                "MEDIA_TYPE",
                "The media type of a problem body.",
                literal(OpenApiGenerator.PROBLEM_JSON)))
        .addField(
            constant(
                STRING,
                "ERROR_CODE_MEMBER",
                "The member of a problem body that carries the errorCode.",
                literal(spec.problem().errorCodeMember())));
    Map<String, Object> problem = OpenApiGenerator.problemSchema(types);
    addProblemSchema(type, problem, openApi31);
    table(type, STRING, "NAMES", "names", "component names", errors, s -> literal(name(types, s)));
    table(
        type,
        STRING,
        "DESCRIPTIONS",
        "descriptions",
        "response descriptions",
        errors,
        s -> literal((String) OpenApiGenerator.errorResponse(types, s).get("description")));
    table(
        type, STRING, "TYPES", "types", "problem types", errors, s -> literal(spec.problemType(s)));
    table(
        type,
        TypeName.INT,
        "CODES",
        "codes",
        "status codes",
        errors,
        s -> CodeBlock.of("$L", s.code()));
    table(
        type,
        STRING,
        "ERROR_CODES",
        "errorCodes",
        "errorCodes (null where none)",
        errors,
        s -> s.errorCode().map(MicroProfileOpenApiAdapter::literal).orElse(CodeBlock.of("null")));
    table(
        type,
        STRING,
        "TITLES",
        "titles",
        "example titles (the reason phrases)",
        errors,
        s -> literal(s.reasonPhrase()));
    table(
        type,
        STRING,
        "DETAILS",
        "details",
        "example details",
        errors,
        s -> literal((String) example(types, s).get("detail")));
    if (anySharedCode) {
      table(
          type,
          STRING,
          "SUMMARIES",
          "summaries",
          "example summaries, where statuses share a code",
          errors,
          s -> literal(s.displayName()));
      table(
          type,
          STRING,
          "IDS",
          "ids",
          "ids, the example names where statuses share a code",
          errors,
          s -> literal(s.id()));
    }
    table(
        type,
        TypeName.BOOLEAN,
        "DEPRECATED",
        "deprecated",
        "deprecation flags",
        errors,
        s -> CodeBlock.of("$L", s.isDeprecated()));
    table(
        type,
        TypeName.BOOLEAN,
        "RETRYABLE",
        "retryable",
        "retry flags",
        errors,
        s -> CodeBlock.of("$L", s.retryable()));
    List<CodeBlock> wireIds = new ArrayList<>();
    for (Operation operation : spec.operations()) {
      wireIds.add(literal(operation.wireId()));
    }
    array(
        type,
        STRING,
        "OPERATION_IDS",
        "operationIds",
        "operationIds of the spec's operations (their wire ids)",
        wireIds);
    type.addMethod(publicConstructor("Creates the filter; the OpenAPI implementation does, once."))
        .addMethod(filterOpenApi())
        .addMethod(replaceResponses())
        .addMethod(isError())
        .addMethod(responsesOf(spec))
        .addMethod(errorResponse())
        .addMethod(flags())
        .addMethod(statusSchema(openApi31))
        .addMethod(example())
        .addMethod(constant(openApi31))
        .addMethod(typed(openApi31));
    if (anySharedCode) {
      type.addMethod(sharedCode());
    }
    if (anySuccess) {
      type.addMethod(success());
    }
    int i = 0;
    for (Operation operation : spec.operations()) {
      type.addMethod(operationResponses(types, operation, i++, index));
    }
    return type.build();
  }

  /** {@code components.responses} key of a status: {@code P<Id in PascalCase>}. */
  private static String name(SpecTypes types, Status status) {
    return types.names().prefix() + status.pascalName();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> example(SpecTypes types, Status status) {
    Map<String, Object> response = OpenApiGenerator.errorResponse(types, status);
    Map<String, Object> content = (Map<String, Object>) response.get("content");
    Map<String, Object> media = (Map<String, Object>) content.get(OpenApiGenerator.PROBLEM_JSON);
    return (Map<String, Object>) media.get("example");
  }

  /**
   * A Java expression whose value is exactly {@code text}: one literal, or literals joined at run
   * time where one would exceed javac's limit for a constant.
   */
  private static CodeBlock literal(String text) {
    if (text.length() <= MAX_LITERAL_CHARS) {
      return JavaText.literal(text);
    }
    List<CodeBlock> parts = new ArrayList<>();
    for (int start = 0; start < text.length(); start += MAX_LITERAL_CHARS) {
      parts.add(
          JavaText.literal(
              text.substring(start, Math.min(text.length(), start + MAX_LITERAL_CHARS))));
    }
    return CodeBlock.of("$T.join($S, $L)", String.class, "", CodeBlock.join(parts, ", "));
  }

  private static FieldSpec constant(TypeName type, String name, String doc, CodeBlock value) {
    return FieldSpec.builder(type, name, PRIVATE, STATIC, FINAL)
        .addJavadoc("$L\n", doc)
        .initializer(value)
        .build();
  }

  /** A table by error status, built by its own method. */
  private static void table(
      TypeSpec.Builder type,
      TypeName element,
      String field,
      String method,
      String what,
      List<Status> errors,
      Function<Status, CodeBlock> item) {
    List<CodeBlock> items = new ArrayList<>();
    for (Status status : errors) {
      items.add(item.apply(status));
    }
    array(type, element, field, method, "The error statuses' " + what + ", by index", items);
  }

  private static void array(
      TypeSpec.Builder type,
      TypeName element,
      String field,
      String method,
      String doc,
      List<CodeBlock> items) {
    TypeName array = ArrayTypeName.of(element);
    type.addField(
        FieldSpec.builder(array, field, PRIVATE, STATIC, FINAL)
            .addJavadoc("$L.\n", doc)
            .initializer("$N()", method)
            .build());
    MethodSpec.Builder builder =
        MethodSpec.methodBuilder(method)
            .addModifiers(PRIVATE, STATIC)
            .returns(array)
            .addJavadoc(
                "Builds the table of the field {@code $L}.\n\n@return a new array\n", field);
    if (items.isEmpty()) {
      builder.addStatement("return new $T[0]", element);
    } else {
      builder
          .addCode("return new $T[] {\n$>$>", element)
          .addCode(CodeBlock.join(items, ",\n"))
          .addCode("\n$<$<};\n");
    }
    type.addMethod(builder.build());
  }

  /** {@code PROBLEM_SCHEMA}'s builder: the problem body's schema, as the document has it. */
  @SuppressWarnings("unchecked")
  private static void addProblemSchema(
      TypeSpec.Builder type, Map<String, Object> problem, boolean openApi31) {
    Map<String, Object> properties = (Map<String, Object>) problem.get("properties");
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("problemSchema")
            .addModifiers(PRIVATE, STATIC)
            .returns(SCHEMA)
            .addJavadoc(
                "The problem body's schema: RFC 9457's members and the errorCode member with the"
                    + " spec's errorCodes as its {@code enum}; other members allowed.\n\n"
                    + "@return a new schema\n")
            .addStatement("$T schema = typed($T.OBJECT)", SCHEMA, SCHEMA_TYPE)
            .addStatement("schema.description($L)", literal((String) problem.get("description")));
    int number = 0;
    for (Map.Entry<String, Object> entry : properties.entrySet()) {
      Map<String, Object> property = (Map<String, Object>) entry.getValue();
      String name = "property" + number++;
      String schemaType = (String) property.get("type");
      method.addStatement(
          "$T $N = typed($T.$L)",
          SCHEMA,
          name,
          SCHEMA_TYPE,
          schemaType.equals("integer") ? "INTEGER" : "STRING");
      if (property.containsKey("format")) {
        method.addStatement("$N.format($L)", name, literal((String) property.get("format")));
      }
      method.addStatement(
          "$N.description($L)", name, literal((String) property.get("description")));
      if (property.containsKey("enum")) {
        List<CodeBlock> values = new ArrayList<>();
        for (Object value : (List<Object>) property.get("enum")) {
          values.add(literal((String) value));
        }
        method
            .addStatement("$T<$T> values = new $T<>()", List.class, OBJECT, ArrayList.class)
            .addStatement(
                "$T.addAll(values, $L)", java.util.Collections.class, CodeBlock.join(values, ", "))
            .addStatement("$N.enumeration(values)", name);
      }
      method.addStatement("schema.addProperty($L, $N)", literal(entry.getKey()), name);
    }
    if (openApi31) {
      method.addStatement(
          "schema.additionalPropertiesSchema($T.createSchema().booleanSchema(true))", FACTORY);
    } else {
      method.addStatement("schema.additionalPropertiesBoolean(true)");
    }
    method.addStatement("return schema");
    type.addMethod(method.build());
  }

  private static MethodSpec filterOpenApi() {
    return MethodSpec.methodBuilder("filterOpenAPI")
        .addAnnotation(Override.class)
        .addModifiers(PUBLIC)
        .addParameter(OPEN_API, "openAPI")
        .addJavadoc(
            "Adds the components and puts each spec operation's responses on the operations with"
                + " its {@code operationId}.\n\n"
                + "@param openAPI the document the implementation built; nothing happens when it is"
                + " null\n")
        .beginControlFlow("if (openAPI == null)")
        .addStatement("return")
        .endControlFlow()
        .addStatement("$T components = openAPI.getComponents()", COMPONENTS)
        .beginControlFlow("if (components == null)")
        .addStatement("components = $T.createComponents()", FACTORY)
        .addStatement("openAPI.setComponents(components)")
        .endControlFlow()
        .addStatement("components.addSchema(PROBLEM, problemSchema())")
        .beginControlFlow("for (int i = 0; i < NAMES.length; i++)")
        .addStatement("components.addResponse(NAMES[i], errorResponse(i))")
        .endControlFlow()
        .addStatement("$T paths = openAPI.getPaths()", PATHS)
        .beginControlFlow("if (paths == null || paths.getPathItems() == null)")
        .addStatement("return")
        .endControlFlow()
        .beginControlFlow("for ($T item : paths.getPathItems().values())", PATH_ITEM)
        .beginControlFlow("if (item == null || item.getOperations() == null)")
        .addStatement("continue")
        .endControlFlow()
        .beginControlFlow("for ($T operation : item.getOperations().values())", OPERATION)
        .beginControlFlow("if (operation == null || operation.getOperationId() == null)")
        .addStatement("continue")
        .endControlFlow()
        .beginControlFlow("for (int i = 0; i < OPERATION_IDS.length; i++)")
        .beginControlFlow("if (OPERATION_IDS[i].equals(operation.getOperationId()))")
        .addStatement("replaceResponses(operation, responsesOf(i))")
        .addStatement("break")
        .endControlFlow()
        .endControlFlow()
        .endControlFlow()
        .endControlFlow()
        .build();
  }

  private static MethodSpec replaceResponses() {
    return MethodSpec.methodBuilder("replaceResponses")
        .addModifiers(PRIVATE, STATIC)
        .addParameter(OPERATION, "operation")
        .addParameter(RESPONSE_MAP, "spec")
        .addJavadoc(
            "Gives {@code operation} exactly the spec's error responses: its own error responses"
                + " are dropped, a success response the spec lists keeps its content and takes the"
                + " spec's description, and other responses stay; all in the order of their"
                + " keys.\n\n"
                + "@param operation an operation of the spec\n"
                + "@param spec the spec operation's responses, by code\n")
        .addStatement("$T responses = operation.getResponses()", API_RESPONSES)
        .beginControlFlow("if (responses == null)")
        .addStatement("responses = $T.createAPIResponses()", FACTORY)
        .addStatement("operation.setResponses(responses)")
        .endControlFlow()
        .addStatement("$T merged = new $T<>()", RESPONSE_MAP, java.util.LinkedHashMap.class)
        .beginControlFlow("if (responses.getAPIResponses() != null)")
        .beginControlFlow(
            "for ($T.Entry<$T, $T> own : responses.getAPIResponses().entrySet())",
            Map.class,
            STRING,
            API_RESPONSE)
        .beginControlFlow("if (!isError(own.getKey()))")
        .addStatement("merged.put(own.getKey(), own.getValue())")
        .endControlFlow()
        .endControlFlow()
        .endControlFlow()
        .beginControlFlow(
            "for ($T.Entry<$T, $T> response : spec.entrySet())", Map.class, STRING, API_RESPONSE)
        .addStatement("$T own = merged.get(response.getKey())", API_RESPONSE)
        .beginControlFlow("if (own != null && !isError(response.getKey()))")
        .addStatement("own.setDescription(response.getValue().getDescription())")
        .nextControlFlow("else")
        .addStatement("merged.put(response.getKey(), response.getValue())")
        .endControlFlow()
        .endControlFlow()
        .addStatement(
            "$T<$T> keys = new $T<>(merged.keySet())", List.class, STRING, ArrayList.class)
        .addStatement("$T.sort(keys)", java.util.Collections.class)
        .addStatement("$T sorted = new $T<>()", RESPONSE_MAP, java.util.LinkedHashMap.class)
        .beginControlFlow("for ($T key : keys)", STRING)
        .addStatement("sorted.put(key, merged.get(key))")
        .endControlFlow()
        .addStatement("responses.setAPIResponses(sorted)")
        .build();
  }

  private static MethodSpec isError() {
    return MethodSpec.methodBuilder("isError")
        .addModifiers(PRIVATE, STATIC)
        .returns(boolean.class)
        .addParameter(STRING, "key")
        .addJavadoc(
            "Whether a response key is an error's: a 4xx or 5xx code, or the range {@code 4XX} or"
                + " {@code 5XX}.\n\n"
                + "@param key the key in a Responses Object\n"
                + "@return whether the spec's error responses replace it\n")
        .addStatement(
            "return key != null && key.length() == 3 && (key.charAt(0) == '4' || key.charAt(0) =="
                + " '5')")
        .build();
  }

  private static MethodSpec responsesOf(Spec spec) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("responsesOf")
            .addModifiers(PRIVATE, STATIC)
            .returns(RESPONSE_MAP)
            .addParameter(int.class, "operation")
            .addJavadoc(
                "The responses of a spec operation, new each time.\n\n"
                    + "@param operation the operation's index in {@code OPERATION_IDS}\n"
                    + "@return its responses by code, in the order of the codes\n")
            .beginControlFlow("switch (operation)");
    for (int i = 0; i < spec.operations().size(); i++) {
      method.addStatement("case $L: return operation$L()", i, i);
    }
    return method
        .addStatement("default: return new $T<>()", java.util.LinkedHashMap.class)
        .endControlFlow()
        .build();
  }

  private static MethodSpec operationResponses(
      SpecTypes types, Operation operation, int number, Map<Status, Integer> index) {
    SortedMap<Integer, List<Status>> byCode = byCode(types.spec(), operation);
    Map<String, Object> document = OpenApiGenerator.operationResponses(types, operation);
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("operation" + number)
            .addModifiers(PRIVATE, STATIC)
            .returns(RESPONSE_MAP)
            .addJavadoc(
                "The responses of the operation {@code $L}.\n\n@return new responses, by code\n",
                JavaText.javadoc(operation.name()))
            .addStatement("$T responses = new $T<>()", RESPONSE_MAP, java.util.LinkedHashMap.class);
    for (Map.Entry<Integer, List<Status>> code : byCode.entrySet()) {
      String key = String.valueOf(code.getKey());
      List<Status> statuses = code.getValue();
      if (!statuses.get(0).isError()) {
        @SuppressWarnings("unchecked")
        Map<String, Object> response = (Map<String, Object>) document.get(key);
        method.addStatement(
            "responses.put($S, success($L))", key, literal((String) response.get("description")));
      } else if (statuses.size() == 1) {
        method.addStatement(
            "responses.put($S, errorResponse($L))", key, index.get(statuses.get(0)));
      } else {
        List<CodeBlock> indexes = new ArrayList<>();
        for (Status status : statuses) {
          indexes.add(CodeBlock.of("$L", index.get(status)));
        }
        method.addStatement(
            "responses.put($S, sharedCode(new int[] {$L}))", key, CodeBlock.join(indexes, ", "));
      }
    }
    return method.addStatement("return responses").build();
  }

  /** An operation's statuses by code, in the order of the codes (as the document groups them). */
  private static SortedMap<Integer, List<Status>> byCode(Spec spec, Operation operation) {
    SortedMap<Integer, List<Status>> byCode = new TreeMap<>();
    for (Status status : spec.statusesOf(operation)) {
      byCode.computeIfAbsent(status.code(), c -> new ArrayList<>()).add(status);
    }
    return byCode;
  }

  private static MethodSpec errorResponse() {
    return MethodSpec.methodBuilder("errorResponse")
        .addModifiers(PRIVATE, STATIC)
        .returns(API_RESPONSE)
        .addParameter(int.class, "i")
        .addJavadoc(
            "The response of one error status: its description, its problem body's schema and an"
                + " example.\n\n"
                + "@param i the status's index\n"
                + "@return a new response\n")
        .addStatement(
            "$T media = $T.createMediaType().schema(statusSchema(i)).example(example(i))",
            MEDIA_TYPE,
            FACTORY)
        .addStatement(
            "$T response = $T.createAPIResponse().description(DESCRIPTIONS[i])"
                + ".content($T.createContent().addMediaType(MEDIA_TYPE, media))",
            API_RESPONSE,
            FACTORY,
            FACTORY)
        .addStatement("flags(response, new int[] {i})")
        .addStatement("return response")
        .build();
  }

  private static MethodSpec sharedCode() {
    return MethodSpec.methodBuilder("sharedCode")
        .addModifiers(PRIVATE, STATIC)
        .returns(API_RESPONSE)
        .addParameter(int[].class, "statuses")
        .addJavadoc(
            "The response of error statuses that share a code: a {@code oneOf} of their schemas,"
                + " one named example each.\n\n"
                + "@param statuses the statuses' indexes\n"
                + "@return a new response\n")
        .addStatement("$T schema = $T.createSchema()", SCHEMA, FACTORY)
        .addStatement("$T media = $T.createMediaType()", MEDIA_TYPE, FACTORY)
        .addStatement("$T<$T> descriptions = new $T<>()", List.class, STRING, ArrayList.class)
        .beginControlFlow("for (int i : statuses)")
        .addStatement("schema.addOneOf(statusSchema(i))")
        .addStatement(
            "media.addExample(IDS[i], $T.createExample().summary(SUMMARIES[i]).value(example(i)))",
            FACTORY)
        .addStatement("descriptions.add(DESCRIPTIONS[i])")
        .endControlFlow()
        .addStatement("media.schema(schema)")
        .addStatement(
            "$T response = $T.createAPIResponse().description($T.join($S, descriptions))"
                + ".content($T.createContent().addMediaType(MEDIA_TYPE, media))",
            API_RESPONSE,
            FACTORY,
            String.class,
            "\n\n",
            FACTORY)
        .addStatement("flags(response, statuses)")
        .addStatement("return response")
        .build();
  }

  private static MethodSpec success() {
    return MethodSpec.methodBuilder("success")
        .addModifiers(PRIVATE, STATIC)
        .returns(API_RESPONSE)
        .addParameter(STRING, "description")
        .addJavadoc(
            "The response of success statuses: their description only.\n\n"
                + "@param description the description\n"
                + "@return a new response\n")
        .addStatement("return $T.createAPIResponse().description(description)", FACTORY)
        .build();
  }

  private static MethodSpec flags() {
    return MethodSpec.methodBuilder("flags")
        .addModifiers(PRIVATE, STATIC)
        .addParameter(API_RESPONSE, "response")
        .addParameter(int[].class, "statuses")
        .addJavadoc(
            "Marks a response {@code x-deprecated} and {@code x-retryable} when every one of its"
                + " statuses is so.\n\n"
                + "@param response the response\n"
                + "@param statuses its statuses' indexes\n")
        .addStatement("boolean deprecated = true")
        .addStatement("boolean retryable = true")
        .beginControlFlow("for (int i : statuses)")
        .addStatement("deprecated &= DEPRECATED[i]")
        .addStatement("retryable &= RETRYABLE[i]")
        .endControlFlow()
        .beginControlFlow("if (deprecated)")
        .addStatement("response.addExtension($S, $T.TRUE)", "x-deprecated", Boolean.class)
        .endControlFlow()
        .beginControlFlow("if (retryable)")
        .addStatement("response.addExtension($S, $T.TRUE)", "x-retryable", Boolean.class)
        .endControlFlow()
        .build();
  }

  private static MethodSpec statusSchema(boolean openApi31) {
    return MethodSpec.methodBuilder("statusSchema")
        .addModifiers(PRIVATE, STATIC)
        .returns(SCHEMA)
        .addParameter(int.class, "i")
        .addJavadoc(
            "The schema of one error status's body: the problem body with its {@code type}, {@code"
                + " status} and errorCode pinned$L, and {@code title} a string; deprecated where"
                + " the status is.\n\n"
                + "@param i the status's index\n"
                + "@return a new schema\n",
            openApi31 ? "" : " (by a one-value {@code enum}: OpenAPI 3.0 has no {@code const})")
        .addStatement("$T own = typed($T.OBJECT)", SCHEMA, SCHEMA_TYPE)
        .addStatement("own.addProperty($S, constant(TYPES[i]))", "type")
        .addStatement("own.addProperty($S, typed($T.STRING))", "title", SCHEMA_TYPE)
        .addStatement("own.addProperty($S, constant(CODES[i]))", "status")
        .addStatement(
            "$T<$T> required = new $T<>($T.of($S, $S, $S))",
            List.class,
            STRING,
            ArrayList.class,
            List.class,
            "type",
            "title",
            "status")
        .beginControlFlow("if (ERROR_CODES[i] != null)")
        .addStatement("own.addProperty(ERROR_CODE_MEMBER, constant(ERROR_CODES[i]))")
        .addStatement("required.add(ERROR_CODE_MEMBER)")
        .endControlFlow()
        .addComment("Sorted, and each a property of its own, as the document has them.")
        .addStatement("required.sort(null)")
        .addStatement("own.required(required)")
        .addStatement(
            "$T schema ="
                + " $T.createSchema().addAllOf($T.createSchema().ref(PROBLEM_REF)).addAllOf(own)",
            SCHEMA,
            FACTORY,
            FACTORY)
        .beginControlFlow("if (DEPRECATED[i])")
        .addStatement("schema.deprecated(true)")
        .endControlFlow()
        .addStatement("return schema")
        .build();
  }

  private static MethodSpec example() {
    return MethodSpec.methodBuilder("example")
        .addModifiers(PRIVATE, STATIC)
        .returns(MEMBERS)
        .addParameter(int.class, "i")
        .addJavadoc(
            "A body the status's server sends, its detail the spec's description.\n\n"
                + "@param i the status's index\n"
                + "@return a new body's members, in order\n")
        .addStatement("$T body = new $T<>()", MEMBERS, java.util.LinkedHashMap.class)
        .addStatement("body.put($S, TYPES[i])", "type")
        .addStatement("body.put($S, TITLES[i])", "title")
        .addStatement("body.put($S, CODES[i])", "status")
        .addStatement("body.put($S, DETAILS[i])", "detail")
        .beginControlFlow("if (ERROR_CODES[i] != null)")
        .addStatement("body.put(ERROR_CODE_MEMBER, ERROR_CODES[i])")
        .endControlFlow()
        .addStatement("return body")
        .build();
  }

  private static MethodSpec constant(boolean openApi31) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("constant")
            .addModifiers(PRIVATE, STATIC)
            .returns(SCHEMA)
            .addParameter(OBJECT, "value")
            .addJavadoc(
                "A schema that allows only {@code value}$L.\n\n"
                    + "@param value the value\n"
                    + "@return a new schema\n",
                openApi31 ? " ({@code const})" : " (a one-value {@code enum})");
    if (openApi31) {
      method.addStatement("return $T.createSchema().constValue(value)", FACTORY);
    } else {
      method
          .addStatement("$T<$T> values = new $T<>()", List.class, OBJECT, ArrayList.class)
          .addStatement("values.add(value)")
          .addStatement("return $T.createSchema().enumeration(values)", FACTORY);
    }
    return method.build();
  }

  private static MethodSpec typed(boolean openApi31) {
    return MethodSpec.methodBuilder("typed")
        .addModifiers(PRIVATE, STATIC)
        .returns(SCHEMA)
        .addParameter(SCHEMA_TYPE, "type")
        .addJavadoc(
            "A schema of one type.\n\n" + "@param type the type\n" + "@return a new schema\n")
        .addStatement(
            openApi31
                ? "return $T.createSchema().addType(type)"
                : "return $T.createSchema().type(type)",
            FACTORY)
        .build();
  }
}
