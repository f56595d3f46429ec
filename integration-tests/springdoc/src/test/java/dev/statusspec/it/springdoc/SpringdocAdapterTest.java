package dev.statusspec.it.springdoc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.statusspec.it.springdoc.api.OrdersApiOpenApiCustomizer;
import dev.statusspec.it.springdoc.app.BaselineApplication;
import dev.statusspec.it.springdoc.app.DocsApplication;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The generated {@code OrdersApiOpenApiCustomizer} against the real springdoc: two Spring Boot apps
 * on 127.0.0.1 (free ports) serve {@code /v3/api-docs}, one with the customizer (found by component
 * scanning) and one without it, the document springdoc makes by itself. Both have a user controller
 * advice whose {@code @ResponseStatus} guesses (429, 406, 404) springdoc lists on every operation.
 * The served documents are compared with the spec's own document ({@code
 * OrdersApiOpenApiCustomizer.DOCUMENT}) and with each other.
 */
class SpringdocAdapterTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** The spec's operations, by name, and their operationIds on the wire. */
  private static final Map<String, String> WIRE_IDS =
      Map.of("createOrder", "post-orders", "getOrder", "getOrder", "cancelOrder", "cancelOrder");

  /** The operations of the app that the spec does not name. */
  private static final List<String> OTHERS = List.of("health", "createOrder");

  /** What springdoc lists on every operation from the user's advice. */
  private static final Set<String> GUESSES = Set.of("404", "406", "429");

  private static final List<ConfigurableApplicationContext> CONTEXTS = new ArrayList<>();
  private static String servedText;
  private static JsonNode served;
  private static JsonNode plain;
  private static JsonNode contract;

  @BeforeAll
  static void start() throws Exception {
    servedText = apiDocs(DocsApplication.class);
    served = JSON.readTree(servedText);
    String plainText = apiDocs(BaselineApplication.class);
    plain = JSON.readTree(plainText);
    // Both documents, to read (docs/guide/springdoc.md shows one operation of each).
    Path out = Files.createDirectories(Path.of("target", "api-docs"));
    Files.writeString(out.resolve("with-customizer.json"), servedText);
    Files.writeString(out.resolve("without-customizer.json"), plainText);
    try (InputStream in =
        OrdersApiOpenApiCustomizer.class.getResourceAsStream(
            "/" + OrdersApiOpenApiCustomizer.DOCUMENT)) {
      contract = JSON.readTree(Objects.requireNonNull(in, OrdersApiOpenApiCustomizer.DOCUMENT));
    }
  }

  @AfterAll
  static void stop() {
    CONTEXTS.forEach(ConfigurableApplicationContext::close);
  }

  /** Starts {@code app} on 127.0.0.1 and a free port, and gets its {@code /v3/api-docs}. */
  private static String apiDocs(Class<?> app) throws IOException, InterruptedException {
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(app)
            .properties(
                "server.port=0",
                "server.address=127.0.0.1",
                "spring.main.banner-mode=off",
                "logging.level.root=WARN",
                // /v3/api-docs is what this test reads: springdoc's advice to turn it off in
                // production (a WARN at every start) is not for it.
                "logging.level.org.springdoc.core.events.SpringDocAppInitializer=ERROR")
            .run();
    CONTEXTS.add(context);
    String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + "/v3/api-docs"))
                .timeout(Duration.ofSeconds(30))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode())
        .as("GET /v3/api-docs of %s", app.getSimpleName())
        .isEqualTo(200);
    return response.body();
  }

  /** The operation of {@code document} whose operationId is {@code id}. */
  private static JsonNode operation(JsonNode document, String id) {
    List<JsonNode> found = new ArrayList<>();
    for (JsonNode path : document.path("paths")) {
      for (JsonNode operation : path) {
        if (id.equals(operation.path("operationId").asText(null))) {
          found.add(operation);
        }
      }
    }
    assertThat(found).as("operations with operationId %s", id).hasSize(1);
    return found.get(0);
  }

  /** The responses of {@code responses} whose code is 4xx or 5xx. */
  private static ObjectNode errors(JsonNode responses) {
    ObjectNode errors = JSON.createObjectNode();
    for (Map.Entry<String, JsonNode> response : responses.properties()) {
      if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
        errors.set(response.getKey(), response.getValue());
      }
    }
    return errors;
  }

  private static Set<String> codes(JsonNode responses) {
    Set<String> codes = new TreeSet<>();
    responses.fieldNames().forEachRemaining(codes::add);
    return codes;
  }

  @Test
  void theSpecNamesTheOperationsThisTestExpects() {
    assertThat(codes(contract.path("x-statusspec-operations"))).isEqualTo(WIRE_IDS.keySet());
  }

  @Test
  void eachSpecOperationHasExactlyTheSpecsErrorResponses() {
    for (Map.Entry<String, String> op : WIRE_IDS.entrySet()) {
      JsonNode spec = contract.path("x-statusspec-operations").path(op.getKey());
      JsonNode responses = operation(served, op.getValue()).path("responses");
      assertThat(errors(responses)).as(op.getValue()).isEqualTo(errors(spec)).isNotEmpty();
      assertThat(codes(errors(responses)))
          .as(op.getValue())
          .isEqualTo(codes(errors(spec)))
          .doesNotContain("406", "429");
    }
  }

  @Test
  void springdocGuessedTheAdvicesResponsesOnEveryOperationWithoutTheCustomizer() {
    for (String id : WIRE_IDS.values()) {
      assertThat(codes(operation(plain, id).path("responses"))).as(id).containsAll(GUESSES);
    }
    // The spec's createOrder has no 404: springdoc's guess is gone, not merged.
    assertThat(codes(operation(served, "post-orders").path("responses")))
        .containsExactly("201", "400", "409", "503");
    // getOrder's 404 is the spec's, not the user advice's body.
    assertThat(operation(served, "getOrder").at("/responses/404"))
        .isEqualTo(contract.at("/x-statusspec-operations/getOrder/404"))
        .isNotEqualTo(operation(plain, "getOrder").at("/responses/404"));
  }

  @Test
  void successResponsesKeepSpringdocsContentAndTakeTheSpecsDescription() {
    for (String[] c :
        new String[][] {{"createOrder", "201"}, {"getOrder", "200"}, {"cancelOrder", "200"}}) {
      String id = WIRE_IDS.get(c[0]);
      JsonNode response = operation(served, id).path("responses").path(c[1]);
      JsonNode derived = operation(plain, id).path("responses").path(c[1]);
      assertThat(derived.path("content").isObject()).as("springdoc's %s %s", id, c[1]).isTrue();
      assertThat(response.path("content")).as(id).isEqualTo(derived.path("content"));
      assertThat(response.path("description"))
          .as(id)
          .isEqualTo(
              contract.path("x-statusspec-operations").path(c[0]).path(c[1]).path("description"))
          .isNotEqualTo(derived.path("description"));
    }
  }

  @Test
  void theSpecsComponentsAreInTheDocument() {
    JsonNode schemas = contract.at("/components/schemas");
    assertThat(schemas.has("OrdersApiProblem")).isTrue();
    schemas
        .properties()
        .forEach(
            s ->
                assertThat(served.at("/components/schemas").path(s.getKey()))
                    .isEqualTo(s.getValue()));
    JsonNode responses = contract.at("/components/responses");
    assertThat(codes(responses)).hasSize(6);
    responses
        .properties()
        .forEach(
            r ->
                assertThat(served.at("/components/responses").path(r.getKey()))
                    .as(r.getKey())
                    .isEqualTo(r.getValue()));
  }

  @Test
  void operationsTheSpecDoesNotNameAreAsSpringdocMadeThem() {
    for (String id : OTHERS) {
      JsonNode operation = operation(served, id);
      assertThat(operation).as(id).isEqualTo(operation(plain, id));
      assertThat(codes(operation.path("responses"))).as(id).containsAll(GUESSES);
    }
  }

  @Test
  void theServedDocumentIsValidOpenApi31() {
    assertThat(served.path("openapi").asText()).startsWith("3.1");
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(servedText, null, options);
    assertThat(result.getOpenAPI()).as("parsed: %s", result.getMessages()).isNotNull();
    assertThat(result.getMessages()).isEmpty();
  }

  @Test
  void aMissingDocumentStopsTheStartWithAMessageThatNamesIt() throws Exception {
    Class<?> customizer = new WithoutDocument().customizer();
    Throwable thrown = catchThrowable(() -> customizer.getConstructor().newInstance());
    assertThat(thrown).isInstanceOf(InvocationTargetException.class);
    assertThat(thrown.getCause())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(OrdersApiOpenApiCustomizer.DOCUMENT)
        .hasMessageContaining("is not on the class path");
  }

  /** Loads its own copy of the customizer, from whose class loader the document is missing. */
  private static final class WithoutDocument extends ClassLoader {

    private static final String NAME = OrdersApiOpenApiCustomizer.class.getName();

    WithoutDocument() {
      super(SpringdocAdapterTest.class.getClassLoader());
    }

    Class<?> customizer() throws ClassNotFoundException {
      return loadClass(NAME);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.equals(NAME)) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> loaded = findLoadedClass(name);
        if (loaded == null) {
          String file = name.replace('.', '/') + ".class";
          try (InputStream in = getParent().getResourceAsStream(file)) {
            byte[] bytes = Objects.requireNonNull(in, file).readAllBytes();
            loaded = defineClass(name, bytes, 0, bytes.length);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
        return loaded;
      }
    }

    @Override
    public URL getResource(String name) {
      return name.equals(OrdersApiOpenApiCustomizer.DOCUMENT) ? null : super.getResource(name);
    }
  }
}
