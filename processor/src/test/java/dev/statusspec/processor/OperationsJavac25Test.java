package dev.statusspec.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusspec.processor.testing.ExternalProcess;
import dev.statusspec.processor.testing.Jdk25;
import dev.statusspec.processor.testing.MatrixSpecs;
import dev.statusspec.processor.testing.MatrixSpecs.MatrixSpec;
import dev.statusspec.processor.testing.ProcessorPath;
import dev.statusspec.processor.testing.SourceTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Operations under JDK 25's javac (run as a separate process, found by {@link Jdk25}, as in {@link
 * ReleaseMatrixTest}): a Java 21 pattern {@code switch} without {@code default} over an operation's
 * error type compiles under {@code -Xlint:all -Werror} at {@code --release 21} and {@code 25}, so
 * the type really is sealed over exactly its operation's errors; and a status added to one
 * operation breaks that operation's switch and handler, and no other operation's.
 */
class OperationsJavac25Test {

  private static final String[] STRICT = {"-Xlint:all,-options", "-Werror"};

  /** A user of {@code placeOrder}'s handler. */
  private static final String PLACE_ORDER =
      """
      package com.example.operations;

      public final class PlaceOrder implements ShopPlaceOrderHandler<String> {
        @Override public String onCreated() { return "created"; }
        @Override public String onBadRequest() { return "bad request"; }
        @Override public String onOutOfStock() { return "out of stock"; }
        @Deprecated @Override public String onCartLocked() { return "locked"; }
        @Override public String onServiceUnavailable() { return "retry"; }
        @Override public String onUnknown(int code) { return "unknown " + code; }
      }
      """;

  /**
   * A switch over {@code placeOrder}'s errors, apart from its handler: javac reports a class that
   * misses a handler method before it checks the switches of that class.
   */
  private static final String PLACE_ORDER_MESSAGES =
      """
      package com.example.operations;

      public final class PlaceOrderMessages {
        private PlaceOrderMessages() {}

        @SuppressWarnings("deprecation")
        public static String userMessage(ShopPlaceOrderError error) {
          return switch (error) {
            case BadRequestException e -> "fix the order";
            case OutOfStockException e -> "out of stock: " + e.status().errorCode().orElse("");
            case LockedCartException e -> "the cart is locked";
            case ServiceUnavailableException e -> "try again later";
          };
        }
      }
      """;

  /** Calls them all, and prints the results. */
  private static final String RUN =
      """
      package com.example.operations;

      public final class Run {
        private Run() {}

        public static void main(String[] args) {
          CancelOrder handler = new CancelOrder();
          PlaceOrder place = new PlaceOrder();
          System.out.print(
              ShopCancelOrderHandler.dispatch(409, "conflict", handler)
                  + ", " + ShopCancelOrderHandler.dispatch(409, "out_of_stock", handler)
                  + ", " + ShopPlaceOrderHandler.dispatch(409, "out_of_stock", place)
                  + ", " + CancelOrder.userMessage(new ConflictException("x"))
                  + ", " + PlaceOrderMessages.userMessage(new OutOfStockException("y"))
                  + ", " + PlaceOrderMessages.userMessage(
                      (ShopPlaceOrderError) ShopException.of(ShopStatus.SERVICE_UNAVAILABLE, "z")));
        }
      }
      """;

  /** A user of {@code cancelOrder}, in its own file. */
  private static final String CANCEL_ORDER =
      """
      package com.example.operations;

      public final class CancelOrder implements ShopCancelOrderHandler<String> {
        @Override public String onOk() { return "cancelled"; }
        @Override public String onConflict() { return "already shipped"; }
        @Override public String onNotFound() { return "no such order"; }
        @Override public String onUnknown(int code) { return "unknown " + code; }

        public static String userMessage(ShopCancelOrderError error) {
          return switch (error) {
            case ConflictException e -> "already shipped (" + e.code() + ")";
            case NotFoundException e -> "no such order";
          };
        }
      }
      """;

  @ParameterizedTest(name = "--release {0}")
  @ValueSource(strings = {"21", "25"})
  void aPatternSwitchOverAnOperationsErrorsNeedsNoDefault(String release, @TempDir Path temp)
      throws Exception {
    SourceTree tree =
        tree(temp, MatrixSpecs.OPERATIONS, PLACE_ORDER, PLACE_ORDER_MESSAGES)
            .withSource("com.example.operations.Run", RUN);
    ExternalProcess javac = javac25(tree, temp, release);

    assertThat(javac.output()).as("javac 25 output").isEmpty();
    assertThat(javac.exitCode()).isZero();
    ExternalProcess run =
        ExternalProcess.run(
            temp,
            List.of(
                Jdk25.java().toString(),
                "-cp",
                tree.out().toString(),
                "com.example.operations.Run"));
    assertThat(run.output())
        .isEqualTo(
            "already shipped, unknown 409, out of stock, already shipped (409), out of stock:"
                + " out_of_stock, try again later");
  }

  @Test
  void aStatusAddedToOneOperationBreaksItsSwitchAndHandlerAndNoOthers(@TempDir Path temp) {
    String before = "[CREATED, BAD_REQUEST, OUT_OF_STOCK, CART_LOCKED, SERVICE_UNAVAILABLE]";
    assertThat(MatrixSpecs.OPERATIONS.yaml()).contains(before);
    MatrixSpec added =
        new MatrixSpec(
            MatrixSpecs.OPERATIONS.name(),
            MatrixSpecs.OPERATIONS.yaml().replace(before, before.replace("]", ", NOT_FOUND]")));
    // Before: both compile.
    assertThat(
            javac25(tree(temp, MatrixSpecs.OPERATIONS, PLACE_ORDER_MESSAGES), temp, "21").output())
        .isEmpty();

    ExternalProcess switches = javac25(tree(temp, added, PLACE_ORDER_MESSAGES), temp, "21");
    assertThat(switches.exitCode()).isNotZero();
    assertThat(errors(switches))
        .as("javac 25 output:\n%s", switches.output())
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains("PlaceOrderMessages.java")
        .contains("the switch expression does not cover all possible input values");

    ExternalProcess handlers = javac25(tree(temp, added, PLACE_ORDER), temp, "21");
    assertThat(handlers.exitCode()).isNotZero();
    assertThat(errors(handlers))
        .as("javac 25 output:\n%s", handlers.output())
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains("PlaceOrder.java")
        .contains("does not override abstract method onNotFound() in ShopPlaceOrderHandler");
  }

  /**
   * The example module stays at release 17; its operation {@code createField} is switched over
   * here, at {@code --release 21}, as a Java 21 client of the example's API would.
   */
  @Test
  void theExamplesCreateFieldErrorsInAJava21SwitchWithoutDefault(@TempDir Path temp)
      throws Exception {
    SourceTree tree = SourceTree.in(temp);
    Path example = Path.of("../example/src/main");
    String pkg = "dev/statusspec/example/";
    Path spec = tree.src().resolve(pkg + "field-api-statuses.yaml");
    Files.createDirectories(spec.getParent());
    Files.copy(example.resolve("resources/" + pkg + "field-api-statuses.yaml"), spec);
    tree.withSource(
        "dev.statusspec.example.FieldApi",
        Files.readString(example.resolve("java/" + pkg + "FieldApi.java")));
    tree.withSource(
        "dev.statusspec.example.CreateFieldMessages",
        """
        package dev.statusspec.example;

        /** What a Java 21 client tells its user when createField fails. */
        public final class CreateFieldMessages {
          private CreateFieldMessages() {}

          /**
           * The message for an error of createField; no default: the compiler knows them all.
           *
           * @param error the error
           * @return the message
           */
          public static String of(FieldApiCreateFieldError error) {
            return switch (error) {
              case BadRequestException e -> "Check the field's definition.";
              case UnauthorizedException e -> "Please sign in again.";
              case PaymentRequiredException e -> "Renew your subscription.";
              case ConflictException e -> "A field of this name exists.";
              case TenantSuspendedException e -> "Your account is suspended.";
              case ServiceUnavailableException e -> "Try again in a minute.";
            };
          }
        }
        """);
    ExternalProcess javac = javac25(tree, temp, "21");
    assertThat(javac.output()).as("javac 25 output").isEmpty();
    assertThat(javac.exitCode()).isZero();
    assertThat(tree.out().resolve(pkg + "CreateFieldMessages.class")).exists();
  }

  private static List<String> errors(ExternalProcess javac) {
    return javac.output().lines().filter(l -> l.contains(": error: ")).toList();
  }

  /** The operations spec, {@code CancelOrder} (handler and switch), and {@code others}. */
  private static SourceTree tree(Path temp, MatrixSpec spec, String... others) {
    SourceTree tree = SourceTree.in(temp);
    tree.withSpec(spec);
    tree.withSource("com.example.operations.CancelOrder", CANCEL_ORDER);
    for (String source : others) {
      String name = source.substring(source.indexOf("public final class ") + 19);
      tree.withSource("com.example.operations." + name.substring(0, name.indexOf(' ')), source);
    }
    return tree;
  }

  private static ExternalProcess javac25(SourceTree tree, Path temp, String release) {
    Path javac = Jdk25.javac();
    List<String> command =
        new ArrayList<>(
            List.of(javac.toString(), "-J-XX:TieredStopAtLevel=1", "--release", release));
    command.addAll(List.of(STRICT));
    command.addAll(
        List.of(
            "-cp", ProcessorPath.annotations().toString(),
            "-processorpath", ProcessorPath.processor(),
            "-sourcepath", tree.src().toString(),
            "-s", tree.generated().toString(),
            "-d", tree.out().toString()));
    command.addAll(tree.sourceFiles());
    return ExternalProcess.run(temp, command);
  }
}
