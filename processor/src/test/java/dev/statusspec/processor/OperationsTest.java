package dev.statusspec.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.statusspec.processor.testing.CatalogueChecker;
import dev.statusspec.processor.testing.Fixture;
import dev.statusspec.processor.testing.GeneratedClasses;
import dev.statusspec.processor.testing.MatrixSpecs;
import dev.statusspec.processor.testing.OperationChecker;
import dev.statusspec.processor.testing.SyntheticSpec;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The types generated for operations, called: every member of every operation of a spec with
 * several, at Java 8 (plain interfaces, classic switches) and 17 (sealed, switch expressions),
 * checked against what the YAML says ({@link OperationChecker}); and the point of the feature: a
 * status added to one operation breaks that operation's handlers and no other's.
 */
class OperationsTest {

  private static final String[] STRICT = {"-Xlint:all", "-Werror"};

  @ParameterizedTest(name = "--release {0}")
  @ValueSource(strings = {"8", "17"})
  void everyMemberOfEveryOperationAnswersWhatTheSpecSays(String release) {
    byte[] yaml = MatrixSpecs.shopSpec().getBytes(StandardCharsets.UTF_8);
    Compilation compilation =
        Fixture.specBytes(yaml)
            .compile(
                Stream.concat(Stream.of("--release", release, "-Xlint:-options"), Stream.of(STRICT))
                    .toArray(String[]::new));
    assertThat(compilation).succeededWithoutWarnings();
    GeneratedClasses classes = GeneratedClasses.of(compilation);
    int checked =
        OperationChecker.check(
            classes, Fixture.PACKAGE, Fixture.INTERFACE, yaml, release.equals("17"));
    assertThat(checked).isEqualTo(5);
    // Nothing else about the statuses changed.
    CatalogueChecker.check(classes, Fixture.PACKAGE, Fixture.INTERFACE, yaml);
  }

  @Test
  void aUserImplementsEachOperationsHandlerWithOnlyItsStatuses() throws Exception {
    Compilation compilation =
        Fixture.spec(SPEC)
            .withSource("com.example.Orders", ORDERS_CLIENT)
            .compile("--release", "17", "-Xlint:all", "-Werror");
    assertThat(compilation).succeededWithoutWarnings();
    Object result =
        GeneratedClasses.of(compilation).load("com.example.Orders").getMethod("run").invoke(null);
    assertThat(result)
        .isEqualTo(
            "placed, out of stock, unexpected 409, unexpected 404, unexpected 418, unexpected 599;"
                + " found, missing, unexpected 201");
  }

  /** Adding {@code CONFLICT} to {@code placeOrder} breaks its handler, and only its handler. */
  @Test
  void aStatusAddedToOneOperationBreaksItsHandlersAndNoOthers() {
    Compilation before =
        Fixture.spec(SPEC).withSource("com.example.Orders", ORDERS_CLIENT).compile(STRICT);
    assertThat(before).succeededWithoutWarnings();

    Compilation after =
        Fixture.spec(SPEC.replace("[CREATED, OUT_OF_STOCK]", "[CREATED, OUT_OF_STOCK, CONFLICT]"))
            .withSource("com.example.Orders", ORDERS_CLIENT)
            .compile(STRICT);
    assertThat(after).failed();
    List<Diagnostic<? extends JavaFileObject>> errors = after.errors();
    assertThat(errors).isNotEmpty();
    assertThat(errors)
        .allSatisfy(
            e -> {
              assertThat(e.getSource().getName()).endsWith("Orders.java");
              assertThat(e.getMessage(Locale.ROOT))
                  .contains("PlaceOrderHandler")
                  .contains("onConflict()")
                  .doesNotContain("GetOrderHandler");
            });
    assertThat(errors.get(0).getMessage(Locale.ROOT))
        .contains("is not abstract and does not override");
  }

  /** The same change to the whole spec's handler: every implementation of it breaks. */
  @Test
  void theStatusHandlerStillCoversEveryStatus() {
    Compilation compilation =
        Fixture.spec(SPEC)
            .withSource(
                "com.example.All",
                """
                package com.example;

                abstract class All implements ApiStatusHandler<String> {
                  static String of(int code) {
                    return ApiCreateOrderHandler.dispatch(code, null, null);
                  }
                }
                """)
            .compile(STRICT);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("cannot find symbol");
  }

  @Test
  void anOperationsTypeReplacingASourceTypeIsReportedAtTheOperation() {
    Compilation compilation =
        Fixture.spec(SPEC)
            .withSource(
                "com.example.ApiGetOrderHandler",
                "package com.example;\npublic class ApiGetOrderHandler {}\n")
            .compile();
    assertThat(compilation).failed();
    assertThat(
            compilation.errors().stream()
                .map(e -> e.getMessage(Locale.ROOT))
                .filter(m -> m.startsWith("[statusspec:")))
        .containsExactly(
            "[statusspec:type-exists] statuses.yaml:18:3: the generated type ApiGetOrderHandler"
                + " would replace the existing type com.example.ApiGetOrderHandler; rename the"
                + " operation");
  }

  /**
   * The scale of the benchmark in {@code docs/PERFORMANCE.md}: 300 operations of 20 statuses over a
   * 330-status spec compile, and dispatch. At {@code --release 17} javac 17 (not 21 or later)
   * completes the sealed error types and the exceptions they permit depth first, one nested
   * completion per type, which takes more than the default 1 MB thread stack for a graph this size
   * (docs/PERFORMANCE.md has the measurements): the compilation runs in a thread with 16 MB, as
   * {@code -J-Xss16m} or {@code MAVEN_OPTS=-Xss16m} give it. At {@code --release 8} nothing is
   * sealed and the default stack is enough.
   */
  @ParameterizedTest(name = "--release {0}")
  @ValueSource(strings = {"8", "17"})
  void threeHundredOperationsOfTwentyStatusesOverA330StatusSpecCompile(String release)
      throws Exception {
    String yaml = SyntheticSpec.withOperations(330, 300, 20);
    Compilation[] result = new Compilation[1];
    Runnable compile =
        () ->
            result[0] =
                Fixture.spec(yaml)
                    .compile("--release", release, "-Xlint:all", "-Xlint:-options", "-Werror");
    if (release.equals("8")) {
      compile.run();
    } else {
      Thread thread = new Thread(null, compile, "javac with a 16 MB stack", 16L << 20);
      thread.start();
      thread.join();
    }
    Compilation compilation = result[0];
    assertThat(compilation).succeededWithoutWarnings();
    GeneratedClasses classes = GeneratedClasses.of(compilation);
    Class<?> handler = classes.load("com.example.BigOp299Handler");
    assertThat(handler.getDeclaredMethods())
        .filteredOn(m -> !m.isSynthetic() && !Modifier.isPrivate(m.getModifiers()))
        .hasSize(23);
    Class<?> error = classes.load("com.example.BigOp299Error");
    assertThat(error.isSealed()).isEqualTo(release.equals("17"));
    // op0 lists ERROR_0, ERROR_13...: (400, error_0) is ERROR_0, (413, error_13) ERROR_13, and
    // ERROR_1 (401, error_1) is not op0's.
    Class<?> op0 = classes.load("com.example.BigOp0Handler");
    Object names =
        java.lang.reflect.Proxy.newProxyInstance(
            classes,
            new Class<?>[] {op0},
            (proxy, m, args) -> m.getName() + (args == null ? "" : "(" + args[0] + ")"));
    java.lang.reflect.Method dispatch = op0.getMethod("dispatch", int.class, String.class, op0);
    assertThat(dispatch.invoke(null, 400, "error_0", names)).isEqualTo("onError0");
    assertThat(dispatch.invoke(null, 413, "error_13", names)).isEqualTo("onError13");
    assertThat(dispatch.invoke(null, 401, "error_1", names)).isEqualTo("onUnknown(401)");
  }

  static final String SPEC =
      """
      statuses:
        - code: 200
          name: OK
        - code: 201
          name: Created
        - code: 404
          name: Not Found
        - code: 409
          name: Conflict
          errorCode: conflict
        - code: 409
          id: OUT_OF_STOCK
          name: Out Of Stock
          errorCode: out_of_stock
      operations:
        placeOrder:
          statuses: [CREATED, OUT_OF_STOCK]
        getOrder:
          statuses: [OK, NOT_FOUND]
      """;

  static final String ORDERS_CLIENT =
      """
      package com.example;

      public final class Orders {
        private Orders() {}

        static final class Placing implements ApiPlaceOrderHandler<String> {
          @Override public String onCreated() { return "placed"; }
          @Override public String onOutOfStock() { return "out of stock"; }
          @Override public String onUnknown(int code) { return "unexpected " + code; }
        }

        static final class Getting implements ApiGetOrderHandler<String> {
          @Override public String onOk() { return "found"; }
          @Override public String onNotFound() { return "missing"; }
          @Override public String onUnknown(int code) { return "unexpected " + code; }
        }

        public static String run() {
          Placing placing = new Placing();
          Getting getting = new Getting();
          return ApiPlaceOrderHandler.dispatch(201, null, placing)
              + ", " + ApiPlaceOrderHandler.dispatch(409, "out_of_stock", placing)
              + ", " + ApiPlaceOrderHandler.dispatch(409, "conflict", placing)
              + ", " + ApiPlaceOrderHandler.dispatch(404, null, placing)
              + ", " + ApiPlaceOrderHandler.dispatch(418, null, placing)
              + ", " + ApiPlaceOrderHandler.dispatch(599, "out_of_stock", placing)
              + "; " + ApiGetOrderHandler.dispatch(200, "x", getting)
              + ", " + ApiGetOrderHandler.dispatch(404, null, getting)
              + ", " + ApiGetOrderHandler.dispatch(201, null, getting);
        }
      }
      """;
}
