package dev.statusspec.processor.schema;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.statusspec.processor.check.SpecValidator;
import dev.statusspec.processor.diag.Diagnostic;
import dev.statusspec.processor.diag.Diagnostics;
import dev.statusspec.processor.model.Ids;
import dev.statusspec.processor.model.Keys;
import dev.statusspec.processor.testing.Specs;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schema shipped in the annotations jar ({@code
 * META-INF/statusspec/statusspec.schema.json}) and the processor agree on which specs are valid.
 *
 * <p>Every spec fixture found (each YAML file in a {@code src} folder of the repository: {@code
 * good/**} and {@code bad/**} of the processor's tests, the example module's spec...) and every
 * case of {@link SchemaCases} goes through both: the processor ({@link Specs}, as the annotation
 * processor runs it) and the schema (networknt, over the spec read as YAML 1.2, as editors read
 * it). They must agree, except where the processor's verdict rests on one of the {@link
 * ProcessorOnlyRule}s, which no JSON Schema can express: then the case is skipped, and says which
 * rule.
 */
class SpecSchemaTest {

  static final String SCHEMA_RESOURCE = "/META-INF/statusspec/statusspec.schema.json";

  /** The repository's root; tests run in the processor module's folder. */
  private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

  private static final Pattern MODELINE =
      Pattern.compile("^# yaml-language-server: \\$schema=(\\S+)", Pattern.MULTILINE);

  /**
   * YAML 1.2, as the YAML language server and IntelliJ read a spec: {@code yes}, {@code off}... are
   * text, not booleans.
   */
  private static final YAMLMapper YAML =
      YAMLMapper.builder().enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS).build();

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  private static final JsonNode SCHEMA_JSON = readSchema();
  private static final Schema SCHEMA = REGISTRY.getSchema(SCHEMA_JSON);

  @Test
  void schemaIsAValidDraft202012Schema() {
    Schema metaSchema =
        REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    assertThat(metaSchema.validate(SCHEMA_JSON)).isEmpty();
    assertThat(SCHEMA_JSON.path("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
  }

  @Test
  void eachSectionOfTheKeyTableIsOneSchemaObjectWithTheSameKeysRequiredAndTypes() {
    for (Keys.Section section : Keys.ALL) {
      JsonNode object =
          section.schemaDef().isEmpty()
              ? SCHEMA_JSON
              : SCHEMA_JSON.path("$defs").path(section.schemaDef());
      assertThat(object.path("type").asText()).as("type of %s", section.name()).isEqualTo("object");
      assertThat(object.path("additionalProperties").asBoolean(true))
          .as("%s allows unknown keys", section.name())
          .isFalse();
      assertThat(fieldNames(object.path("properties")))
          .as("keys of %s", section.name())
          .containsExactlyElementsOf(section.names());
      List<String> required = new ArrayList<>();
      object.path("required").forEach(r -> required.add(r.asText()));
      assertThat(required)
          .as("required keys of %s", section.name())
          .containsExactlyInAnyOrderElementsOf(
              section.keys().stream().filter(Keys.Key::required).map(Keys.Key::name).toList());
      for (Keys.Key key : section.keys()) {
        JsonNode type = object.path("properties").path(key.name()).path("type");
        List<String> types = new ArrayList<>();
        if (type.isArray()) {
          type.forEach(t -> types.add(t.asText()));
        } else {
          types.add(type.asText());
        }
        assertThat(types)
            .as("JSON types of '%s' in %s", key.name(), section.name())
            .containsExactlyInAnyOrderElementsOf(key.jsonTypes());
      }
    }
  }

  @Test
  void schemaHasExactlyTheKeysOfTheProcessorEachExplained() {
    JsonNode top = SCHEMA_JSON.path("properties");
    JsonNode status = SCHEMA_JSON.path("$defs").path("status").path("properties");
    JsonNode operation = SCHEMA_JSON.path("$defs").path("operation").path("properties");
    JsonNode retired = SCHEMA_JSON.path("$defs").path("retired").path("properties");
    assertThat(fieldNames(top)).containsExactlyElementsOf(Keys.TOP_LEVEL.names());
    assertThat(fieldNames(status)).containsExactlyElementsOf(Keys.STATUS.names());
    assertThat(fieldNames(operation)).containsExactlyElementsOf(Keys.OPERATION.names());
    assertThat(fieldNames(retired)).containsExactlyElementsOf(Keys.RETIRED.names());
    assertThat(SCHEMA_JSON.path("additionalProperties").asBoolean(true)).isFalse();
    assertThat(
            SCHEMA_JSON.path("$defs").path("status").path("additionalProperties").asBoolean(true))
        .isFalse();
    for (JsonNode properties : List.of(top, status, operation, retired)) {
      properties
          .properties()
          .forEach(
              key -> {
                for (String annotation : List.of("title", "description")) {
                  assertThat(key.getValue().path(annotation).asText())
                      .as("%s of '%s'", annotation, key.getKey())
                      .isNotBlank();
                }
                assertThat(key.getValue().path("examples").isArray())
                    .as("examples of '%s'", key.getKey())
                    .isTrue();
                assertThat(key.getValue().path("examples"))
                    .as("examples of '%s'", key.getKey())
                    .isNotEmpty();
              });
    }
  }

  @Test
  void examplesInTheSchemaAreValid() {
    JsonNode status = SCHEMA_JSON.path("$defs").path("status").path("properties");
    for (JsonNode example : SCHEMA_JSON.path("properties").path("statuses").path("examples")) {
      assertThat(SCHEMA.validate(YAML.createObjectNode().set("statuses", example))).isEmpty();
    }
    status
        .properties()
        .forEach(
            key -> {
              for (JsonNode example : key.getValue().path("examples")) {
                JsonNode spec =
                    YAML.createObjectNode()
                        .set(
                            "statuses",
                            YAML.createArrayNode()
                                .add(
                                    YAML.createObjectNode()
                                        .put("code", 503)
                                        .put("name", "Service Unavailable")
                                        .set(key.getKey(), example)));
                assertThat(SCHEMA.validate(spec)).as("example %s of %s", example, key).isEmpty();
              }
            });
  }

  @Test
  void examplesOfRetiredKeysAreValid() {
    JsonNode retired = SCHEMA_JSON.path("$defs").path("retired").path("properties");
    retired
        .properties()
        .forEach(
            key -> {
              for (JsonNode example : key.getValue().path("examples")) {
                JsonNode entry =
                    YAML.createObjectNode()
                        .put("id", "GONE_STATUS")
                        .put("code", 410)
                        .set(key.getKey(), example);
                JsonNode spec =
                    YAML.createObjectNode()
                        .<com.fasterxml.jackson.databind.node.ObjectNode>set(
                            "statuses",
                            YAML.createArrayNode()
                                .add(YAML.createObjectNode().put("code", 200).put("name", "OK")))
                        .set("retired", YAML.createArrayNode().add(entry));
                assertThat(SCHEMA.validate(spec)).as("example %s of %s", example, key).isEmpty();
                assertThat(processor(spec.toString().getBytes(UTF_8)))
                    .as("example %s of %s", example, key)
                    .isEmpty();
              }
            });
  }

  @Test
  void limitsAreTheProcessors() {
    JsonNode status = SCHEMA_JSON.path("$defs").path("status").path("properties");
    assertThat(SCHEMA_JSON.path("properties").path("statuses").path("maxItems").asInt())
        .isEqualTo(SpecValidator.MAX_STATUSES);
    assertThat(status.path("id").path("maxLength").asInt()).isEqualTo(Ids.MAX_LENGTH);
    assertThat(status.path("exception").path("maxLength").asInt()).isEqualTo(Ids.MAX_LENGTH);
    assertThat(
            SCHEMA_JSON
                .path("properties")
                .path("operations")
                .path("propertyNames")
                .path("maxLength")
                .asInt())
        .isEqualTo(Ids.MAX_LENGTH);
    assertThat(
            SCHEMA_JSON
                .path("$defs")
                .path("retired")
                .path("properties")
                .path("id")
                .path("maxLength")
                .asInt())
        .isEqualTo(Ids.MAX_LENGTH);
  }

  @Test
  void fixturesWereFound() {
    assertThat(fixtures().map(a -> (String) a.get()[0]))
        .anyMatch(name -> name.endsWith("field-api-statuses.yaml"));
  }

  @Test
  void modelinesInTheRepositoryPointAtTheSchema() throws IOException {
    Path schema =
        REPOSITORY.resolve("annotations/src/main/resources" + SCHEMA_RESOURCE).toRealPath();
    List<String> checked = new ArrayList<>();
    for (Arguments fixture : fixtures().toList()) {
      String name = (String) fixture.get()[0];
      Matcher modeline = MODELINE.matcher(new String((byte[]) fixture.get()[1], UTF_8));
      if (modeline.find()) {
        Path target = REPOSITORY.resolve(name).resolveSibling(modeline.group(1)).normalize();
        assertThat(target).as("the $schema of %s", name).exists();
        assertThat(target.toRealPath()).as("the $schema of %s", name).isEqualTo(schema);
        checked.add(name);
      }
    }
    assertThat(checked).anyMatch(name -> name.endsWith("field-api-statuses.yaml"));
  }

  /** Every spec fixture on disk: the processor and the schema agree on it. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void fixtureAgrees(String name, byte[] bytes) {
    assertAgree(bytes);
  }

  /** Every case written for the schema: both give the expected verdict. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void caseAgrees(SchemaCases.Case c) {
    byte[] bytes = c.yaml().getBytes(UTF_8);
    List<Diagnostic> diagnostics = processor(bytes);
    List<String> schemaErrors = schema(bytes);
    if (c.valid()) {
      assertThat(diagnostics).as("processor").isEmpty();
      assertThat(schemaErrors).as("schema").isEmpty();
    } else if (c.processorOnly().isPresent()) {
      ProcessorOnlyRule rule = c.processorOnly().get();
      assertThat(diagnostics).as("processor").anyMatch(d -> rule.matches(d, c.yaml()));
      assertThat(schemaErrors)
          .as("the schema cannot express '%s', so it accepts this spec", rule.ruleName())
          .isEmpty();
    } else {
      assertThat(diagnostics).as("processor").isNotEmpty();
      assertThat(schemaErrors).as("schema, for %s", diagnostics).isNotEmpty();
    }
  }

  /**
   * Asserts that the processor and the schema agree on {@code bytes}; aborts (skips) the test,
   * naming the rule, when the processor rejects the spec only for rules a schema cannot express.
   */
  static void assertAgree(byte[] bytes) {
    String text = new String(bytes, UTF_8);
    List<Diagnostic> diagnostics = processor(bytes);
    List<String> schemaErrors = schema(bytes);
    if (diagnostics.isEmpty()) {
      assertThat(schemaErrors).as("the schema rejects a spec the processor accepts").isEmpty();
      return;
    }
    if (!schemaErrors.isEmpty()) {
      return; // both reject it
    }
    List<String> processorOnly =
        diagnostics.stream()
            .map(d -> ProcessorOnlyRule.of(d, text))
            .flatMap(Optional::stream)
            .map(ProcessorOnlyRule::ruleName)
            .distinct()
            .toList();
    assertThat(processorOnly)
        .as("the schema accepts a spec the processor rejects with %s", diagnostics)
        .isNotEmpty();
    Assumptions.abort("only the processor can check: " + String.join(", ", processorOnly));
  }

  /** The processor's diagnostics for {@code bytes}, annotated on an interface named Api. */
  static List<Diagnostic> processor(byte[] bytes) {
    Diagnostics diagnostics = new Diagnostics("x.yaml");
    Specs.load(bytes, "Api", diagnostics);
    return diagnostics.list();
  }

  /**
   * The schema's errors for {@code bytes} read as YAML 1.2; a file that is not YAML at all gets one
   * error, "not YAML".
   */
  static List<String> schema(byte[] bytes) {
    JsonNode spec;
    try {
      spec = YAML.readTree(bytes);
    } catch (IOException | RuntimeException e) {
      return List.of("not YAML: " + e.getMessage());
    }
    if (spec == null || spec.isMissingNode()) {
      spec = NullNode.getInstance(); // an empty file is the YAML value null
    }
    return SCHEMA.validate(spec).stream().map(Error::toString).toList();
  }

  /**
   * Every YAML file in a {@code src} folder of the repository: the fixtures of the processor's
   * tests ({@code good/}, {@code bad/} and any others), the example's spec, and those of modules
   * added later.
   */
  static Stream<Arguments> fixtures() {
    List<Arguments> all = new ArrayList<>();
    try (Stream<Path> files = Files.walk(REPOSITORY)) {
      for (Path file :
          files
              .filter(Files::isRegularFile)
              .filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
              .map(REPOSITORY::relativize)
              .filter(f -> isUnderSrc(f))
              .sorted()
              .toList()) {
        all.add(Arguments.of(file.toString(), Files.readAllBytes(REPOSITORY.resolve(file))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return all.stream();
  }

  private static boolean isUnderSrc(Path relative) {
    List<String> parts = new ArrayList<>();
    relative.forEach(p -> parts.add(p.toString()));
    return parts.contains("src")
        && parts.stream().noneMatch(p -> p.equals("target") || p.startsWith("."));
  }

  static Stream<SchemaCases.Case> cases() {
    return SchemaCases.all().stream();
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }

  private static JsonNode readSchema() {
    try (InputStream in = SpecSchemaTest.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      assertThat(in).as("%s on the class path (the annotations jar)", SCHEMA_RESOURCE).isNotNull();
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String describe(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
  }
}
