package dev.statusspec.processor.check;

import static dev.statusspec.processor.testing.SpecPairs.compare;
import static dev.statusspec.processor.testing.SpecPairs.summary;
import static org.assertj.core.api.Assertions.assertThat;

import dev.statusspec.processor.diag.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The gRPC side of the baseline comparison: a status's gRPC code and the {@code ErrorInfo} domain
 * are part of the wire contract once the baseline says its errors travel over gRPC.
 */
class GrpcEvolutionTest {

  static final String BASELINE =
      """
      grpc:
        domain: api.example.com
      statuses:
        - code: 409
          name: Conflict
          errorCode: conflict
        - code: 409
          id: DUPLICATE
          name: Duplicate
          errorCode: duplicate
          grpc: ALREADY_EXISTS
      """;

  @Test
  void theSameSpecHasNoDiagnostic() {
    assertThat(compare(BASELINE, BASELINE)).isEmpty();
  }

  @Test
  void aChangedOverrideIsBreakingAtItsValueNamingTheBaselines() {
    List<Diagnostic> all =
        compare(BASELINE, BASELINE.replace("grpc: ALREADY_EXISTS", "grpc: ABORTED"));
    assertThat(summary(all)).containsExactly("grpc-code-changed@11:11");
    assertThat(all.get(0).text())
        .isEqualTo(
            "the gRPC code of DUPLICATE changed from ALREADY_EXISTS to ABORTED: gRPC clients that"
                + " match the old code, in any language, now see another condition; keep 'grpc:"
                + " ALREADY_EXISTS', or retire the id and add a status with a new id (was at"
                + " statuses-1.4.yaml:11:11)");
  }

  @Test
  void anOverrideAddedOrRemovedIsBreakingWhenItChangesTheCode() {
    String added =
        BASELINE.replace(
            "errorCode: conflict\n", "errorCode: conflict\n    grpc: FAILED_PRECONDITION\n");
    assertThat(summary(compare(BASELINE, added))).containsExactly("grpc-code-changed@7:11");
    String removed = BASELINE.replace("    grpc: ALREADY_EXISTS\n", "");
    assertThat(summary(compare(BASELINE, removed))).containsExactly("grpc-code-changed@7:5");
    // the default written out changes nothing
    String same =
        BASELINE.replace("errorCode: conflict\n", "errorCode: conflict\n    grpc: ABORTED\n");
    assertThat(compare(BASELINE, same)).isEmpty();
  }

  @Test
  void aChangedHttpCodeIsCodeChangedOnly() {
    String current =
        BASELINE.replace("  - code: 409\n    name: Conflict", "  - code: 412\n    name: Conflict");
    assertThat(summary(compare(BASELINE, current))).containsExactly("code-changed@4:11");
  }

  @Test
  void aChangedDomainIsBreaking() {
    List<Diagnostic> all =
        compare(BASELINE, BASELINE.replace("api.example.com", "billing.example.com"));
    assertThat(summary(all)).containsExactly("grpc-domain-changed@2:11");
    assertThat(all.get(0).text())
        .startsWith(
            "the ErrorInfo domain of the gRPC errors changed from api.example.com to"
                + " billing.example.com: ")
        .endsWith("keep 'domain: api.example.com' (was at statuses-1.4.yaml:2:11)");
    assertThat(summary(compare(BASELINE, BASELINE.replace("  domain: api.example.com\n", ""))))
        .containsExactly("grpc-domain-changed@1:1");
  }

  @Test
  void aBaselineThatNeverMentionedGrpcChecksNothingOfIt() {
    String baseline =
        BASELINE
            .replace("grpc:\n  domain: api.example.com\n", "")
            .replace("    grpc: ALREADY_EXISTS\n", "");
    assertThat(compare(baseline, BASELINE)).isEmpty();
  }
}
