package dev.statusspec.it.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The load tests' own checks catch what they are there to catch: a body with a member too many or
 * too few, another request's detail or path, a duplicate member, a raw control character; and the
 * details are distinct and hostile. Without this, a load test whose check let everything through
 * would pass.
 */
class LoadChecksTest {

  private static final String DETAIL = HostileDetails.of(7);

  private static final Problem PROBLEM =
      new Problem(
          409,
          "https://api.example/problems/suspended",
          "Tenant Suspended",
          DETAIL,
          "/load/409/7",
          "tenant_suspended");

  private static String json(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c == '\u2028') {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  private static String body(String detail, String instance, String extra) {
    return "{\"type\":\"https://api.example/problems/suspended\",\"title\":\"Tenant Suspended\","
        + "\"status\":409,\"detail\":"
        + json(detail)
        + ",\"instance\":"
        + json(instance)
        + ",\"errorCode\":\"tenant_suspended\""
        + extra
        + "}";
  }

  private static String check(String body) {
    return PROBLEM.check(409, "application/problem+json", body);
  }

  @Test
  void theExactBodyPassesAndEveryDeviationIsCaughtByKind() {
    assertThat(check(body(DETAIL, "/load/409/7", ""))).isNull();
    assertThat(PROBLEM.check(500, "application/problem+json", body(DETAIL, "/load/409/7", "")))
        .startsWith("code:");
    assertThat(PROBLEM.check(409, "application/json", body(DETAIL, "/load/409/7", "")))
        .startsWith("body:");
    assertThat(check(body(HostileDetails.of(8), "/load/409/7", "")))
        .isEqualTo("crosstalk: the detail of request 8");
    assertThat(check(body(DETAIL, "/load/409/8", ""))).startsWith("crosstalk:");
    assertThat(check(body(DETAIL + "x", "/load/409/7", ""))).startsWith("body:");
    assertThat(check(body(DETAIL, "/load/409/7", ",\"exception\":\"x.Y\""))).startsWith("body:");
    assertThat(check(body(DETAIL, "/load/409/7", ",\"errorCode\":\"x\""))).startsWith("body:");
    assertThat(check(body(DETAIL, "/load/409/7", "").replace("409,", "\"409\",")))
        .startsWith("body:");
    assertThat(
            check(
                body(DETAIL, "/load/409/7", "").replace(",\"errorCode\":\"tenant_suspended\"", "")))
        .startsWith("body:");
    assertThat(check(body(DETAIL, "/load/409/7", "") + " x")).startsWith("body: not JSON");
  }

  @Test
  void strictJsonRefusesWhatLenientParsersLetThrough() {
    assertThat(
            StrictJson.read("{\"a\":\"\\u2028\\ud83d\\ude00\\\"\\\\\\/\",\"b\":[1,-2.5e3,null]}"))
        .isEqualTo(
            Map.of(
                "a",
                "\u2028\uD83D\uDE00\"\\/",
                "b",
                java.util.Arrays.asList(1L, new java.math.BigDecimal("-2.5e3"), null)));
    for (String bad :
        new String[] {
          "{\"a\":1,\"a\":2}",
          "{\"a\":\"\u0001\"}",
          "{\"a\":1}x",
          "{\"a\":\"\\x\"}",
          "{\"a\":01}",
          "{\"a\":1,}",
          "{\"a\":\"\\u12\"}",
          "",
          "{\"a\":tru}"
        }) {
      assertThatThrownBy(() -> StrictJson.read(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void detailsAreDistinctHostileAndFindTheirRequest() {
    Set<String> seen = new HashSet<>();
    LongStream.range(0, 5_000).forEach(n -> assertThat(seen.add(HostileDetails.of(n))).isTrue());
    String all = String.join("", seen);
    assertThat(all)
        .contains(
            "\"",
            "\\",
            "</script>",
            "\u2028",
            "\u2029",
            "\uD83D\uDE00",
            "\uD800",
            "\uDFFF",
            "\u0000",
            "\u001f");
    assertThat(HostileDetails.of(49).length()).isBetween(5_000, 8_100);
    assertThat(HostileDetails.of(48).length()).isLessThan(300);
    assertThat(HostileDetails.requestOf(HostileDetails.of(4_321))).isEqualTo(4_321);
    assertThat(HostileDetails.requestOf(HostileDetails.of(4_321) + "x")).isEqualTo(-1);
    assertThat(HostileDetails.requestOf("Conflict")).isEqualTo(-1);
  }
}
