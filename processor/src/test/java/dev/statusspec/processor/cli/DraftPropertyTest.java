package dev.statusspec.processor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.statusspec.processor.cli.MainTest.Run;
import dev.statusspec.processor.model.Operation;
import dev.statusspec.processor.model.Spec;
import dev.statusspec.processor.model.Status;
import dev.statusspec.processor.testing.DraftSpecs;
import dev.statusspec.processor.testing.RandomOpenApi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random OpenAPI documents ({@link RandomOpenApi}: operations, standard and other codes, ranges and
 * {@code default}, errorCodes pinned by {@code enum}/{@code const} through {@code $ref}, {@code
 * allOf}, {@code oneOf}): each draft is a valid spec whose operations list exactly the document's
 * explicit codes with exactly the errorCodes it pins; a sample is compiled with the document as
 * {@code openapi=} and gives no diagnostic.
 *
 * <p>The seed is printed; rerun one with {@code -Dstatusspec.seed=<seed>}, and run more tries with
 * {@code -Dstatusspec.tries=<n>}.
 */
class DraftPropertyTest {

  private static final long SEED = Long.getLong("statusspec.seed", 20261206L);
  private static final int TRIES = Integer.getInteger("statusspec.tries", 200);
  private static final int COMPILE_EVERY = 20;

  @TempDir Path dir;

  @Test
  void everyDocumentDraftsASpecThatSaysWhatItSays() throws Exception {
    System.out.printf(
        "DraftPropertyTest: seed %d, %d tries (rerun with -Dstatusspec.seed=%d)%n",
        SEED, TRIES, SEED);
    SplittableRandom random = new SplittableRandom(SEED);
    Path file = dir.resolve("openapi.yaml");
    int compiled = 0;
    for (int i = 0; i < TRIES; i++) {
      RandomOpenApi.Document document = new RandomOpenApi(random.split()).next();
      try {
        Files.writeString(file, document.yaml());
        Run run = MainTest.run("init", "--from-openapi", file.toString(), "--name", "Api");
        assertThat(run.status()).as(run.err()).isEqualTo(Main.OK);
        Spec spec = DraftSpecs.valid(run.out());
        agrees(spec, document);
        if (i % COMPILE_EVERY == 0) {
          Compilation compilation =
              RealDocumentsDraftTest.compileWithDocument(run.out(), document.yaml());
          assertThat(compilation.status())
              .as("%s", RealDocumentsDraftTest.messages(compilation))
              .isEqualTo(Compilation.Status.SUCCESS);
          assertThat(RealDocumentsDraftTest.messages(compilation)).isEmpty();
          compiled++;
        }
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError(
            String.format("try %d of seed %d failed; document:%n%s", i, SEED, document.yaml()), e);
      }
    }
    assertThat(compiled).isPositive();
  }

  /**
   * The spec's member is the document's, and each operation lists, per explicit code of the
   * document's operation, exactly the pinned errorCodes, or every status of the code when the
   * response pins none.
   */
  private static void agrees(Spec spec, RandomOpenApi.Document document) {
    assertThat(spec.problem().errorCodeMember()).isEqualTo(document.member().orElse("errorCode"));
    Map<String, Operation> byWireId = new HashMap<>();
    spec.operations().forEach(o -> byWireId.put(o.wireId(), o));
    for (Map.Entry<String, Map<Integer, Set<String>>> expected : document.operations().entrySet()) {
      if (expected.getValue().isEmpty()) {
        assertThat(byWireId).doesNotContainKey(expected.getKey());
        continue;
      }
      Operation operation = byWireId.get(expected.getKey());
      assertThat(operation).as("operation %s", expected.getKey()).isNotNull();
      Map<Integer, Set<String>> listed = new TreeMap<>();
      for (Status status : spec.statusesOf(operation)) {
        listed
            .computeIfAbsent(status.code(), c -> new LinkedHashSet<>())
            .add(status.errorCode().orElse(""));
      }
      assertThat(listed.keySet()).isEqualTo(expected.getValue().keySet());
      expected
          .getValue()
          .forEach(
              (code, pinned) -> {
                Set<String> ofCode = pinned.isEmpty() ? allErrorCodes(spec, code) : pinned;
                assertThat(listed.get(code)).as("%s %d", expected.getKey(), code).isEqualTo(ofCode);
              });
    }
    assertThat(spec.operations())
        .hasSize((int) document.operations().values().stream().filter(c -> !c.isEmpty()).count());
  }

  private static Set<String> allErrorCodes(Spec spec, int code) {
    Set<String> all = new LinkedHashSet<>();
    List<Status> ofCode = spec.statusesByCode().getOrDefault(code, List.of());
    ofCode.forEach(s -> all.add(s.errorCode().orElse("")));
    return all;
  }
}
