package dev.statusspec.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.statusspec.benchmarks.cloud.CloudGetObjectHandler;
import dev.statusspec.benchmarks.cloud.CloudHandWritten;
import dev.statusspec.benchmarks.cloud.CloudStatus;
import dev.statusspec.benchmarks.cloud.CloudStatusHandler;
import dev.statusspec.benchmarks.cloud.HandWrittenGenerator;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The hand-written lookups the benchmarks compare with are what {@link HandWrittenGenerator} writes
 * today, and they agree with the generated ones on every benchmark input and more.
 */
class HandWrittenTest {

  /** Handlers that answer with the method called and its arguments: onUnknown's code counts. */
  private static final CloudStatusHandler<String> NAMES = recorder(CloudStatusHandler.class);

  private static final CloudGetObjectHandler<String> GET_OBJECT_NAMES =
      recorder(CloudGetObjectHandler.class);

  @SuppressWarnings("unchecked")
  private static <H> H recorder(Class<?> handlerType) {
    return (H)
        Proxy.newProxyInstance(
            HandWrittenTest.class.getClassLoader(),
            new Class<?>[] {handlerType},
            (proxy, method, args) -> method.getName() + Arrays.toString(args));
  }

  @Test
  void committedSourceIsTheGeneratorsOutput() throws IOException {
    Path file = Path.of("src/main/java/dev/statusspec/benchmarks/cloud/CloudHandWritten.java");
    assertEquals(
        HandWrittenGenerator.source(),
        Files.readString(file, StandardCharsets.UTF_8),
        "regenerate: java -cp benchmarks/target/classes"
            + " dev.statusspec.benchmarks.cloud.HandWrittenGenerator benchmarks/src/main/java");
  }

  @Test
  void agreesOnTheBenchmarkInputs() {
    int[] codes = new int[Inputs.LOOKUPS];
    String[] errorCodes = Inputs.cloudResponses(codes);
    checkPairs(codes, errorCodes);
    int[] sortedCodes = new int[Inputs.LOOKUPS];
    checkPairs(sortedCodes, Inputs.sorted(codes, errorCodes, sortedCodes));
    int[] getObjectCodes = new int[Inputs.LOOKUPS];
    checkPairs(getObjectCodes, Inputs.getObjectResponses(getObjectCodes));
    int[] problemCodes = new int[Inputs.LOOKUPS];
    String[] problemErrorCodes = new String[Inputs.LOOKUPS];
    String[] types = Inputs.cloudProblems(problemCodes, problemErrorCodes);
    for (int i = 0; i < Inputs.LOOKUPS; i++) {
      checkProblem(problemCodes[i], types[i], problemErrorCodes[i]);
    }
  }

  @Test
  void agreesOnEveryCodeWithEveryErrorCodeAndType() {
    Set<String> errorCodes = new LinkedHashSet<>();
    List<String> types = new ArrayList<>();
    errorCodes.add(null);
    errorCodes.add("");
    errorCodes.add("NoSuchThing");
    types.add(null);
    types.add("about:blank");
    types.add("");
    types.add("https://cloud.example.com/problems/");
    types.add("https://cloud.example.com/problems/no-such-thing");
    for (CloudStatus status : CloudStatus.values()) {
      status.errorCode().ifPresent(e -> errorCodes.add(new String(e)));
      types.add(new String(status.problemType().toString()));
    }
    int[] codes = new int[1002];
    for (int i = 0; i < codes.length; i++) {
      codes[i] = i - 1;
    }
    for (int code : codes) {
      for (String errorCode : errorCodes) {
        checkPair(code, errorCode);
      }
    }
    for (String type : types) {
      for (CloudStatus status : CloudStatus.values()) {
        checkProblem(status.code(), type, status.errorCode().orElse(null));
        checkProblem(status.code(), type, null);
      }
      checkProblem(999, type, null);
    }
  }

  private static void checkPairs(int[] codes, String[] errorCodes) {
    for (int i = 0; i < codes.length; i++) {
      checkPair(codes[i], errorCodes[i]);
    }
  }

  private static void checkPair(int code, String errorCode) {
    String input = code + ", " + errorCode;
    assertEquals(
        CloudStatus.resolve(code, errorCode).orElse(null),
        CloudHandWritten.resolve(code, errorCode),
        "resolve " + input);
    assertEquals(
        CloudStatus.dispatch(code, errorCode, NAMES),
        CloudHandWritten.dispatch(code, errorCode, NAMES),
        "dispatch " + input);
    assertEquals(
        CloudGetObjectHandler.dispatch(code, errorCode, GET_OBJECT_NAMES),
        CloudHandWritten.dispatchGetObject(code, errorCode, GET_OBJECT_NAMES),
        "getObject dispatch " + input);
  }

  private static void checkProblem(int code, String type, String errorCode) {
    assertEquals(
        CloudStatus.fromProblem(code, type, errorCode).orElse(null),
        CloudHandWritten.fromProblem(code, type, errorCode),
        "fromProblem " + code + ", " + type + ", " + errorCode);
  }
}
