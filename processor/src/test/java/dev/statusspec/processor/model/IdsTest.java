package dev.statusspec.processor.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The naming rules of docs/guide/spec-reference.md: id derivation, PascalCase and validity. */
class IdsTest {

  @Test
  void derivesUpperSnakeFromReasonPhrases() {
    assertThat(Ids.derive("I'm a teapot")).contains("IM_A_TEAPOT");
    assertThat(Ids.derive("I\u2019m a teapot")).contains("IM_A_TEAPOT");
    assertThat(Ids.derive("Non-Authoritative Information"))
        .contains("NON_AUTHORITATIVE_INFORMATION");
    assertThat(Ids.derive("Caf\u00e9")).contains("CAFE");
    assertThat(Ids.derive("Cafe\u0301")).contains("CAFE");
    assertThat(Ids.derive("OK")).contains("OK");
    assertThat(Ids.derive("Not Found")).contains("NOT_FOUND");
    assertThat(Ids.derive("HTTP Version Not Supported")).contains("HTTP_VERSION_NOT_SUPPORTED");
  }

  @Test
  void runsOfOtherCharactersBecomeOneUnderscoreNoneAtTheEnds() {
    assertThat(Ids.derive("  (Too)   Many -- Requests!! ")).contains("TOO_MANY_REQUESTS");
    assertThat(Ids.derive("Payload\tToo\nLarge")).contains("PAYLOAD_TOO_LARGE");
    assertThat(Ids.derive("Gr\u00fc\u00dfe")).contains("GRU_E");
    assertThat(Ids.derive("Upgrade Required \uD83D\uDE80")).contains("UPGRADE_REQUIRED");
  }

  @Test
  void digitsStayInside() {
    assertThat(Ids.derive("HTTP/2 Required")).contains("HTTP_2_REQUIRED");
    assertThat(Ids.derive("Error 42")).contains("ERROR_42");
  }

  @Test
  void namesThatLeaveNothingOrStartWithADigitNeedAnId() {
    assertThat(Ids.derive("")).isEmpty();
    assertThat(Ids.derive("???")).isEmpty();
    assertThat(Ids.derive("'")).isEmpty();
    assertThat(Ids.derive("\u65e5\u672c")).isEmpty();
    assertThat(Ids.derive("2xx Success")).isEmpty();
    assertThat(Ids.derive("404")).isEmpty();
  }

  @Test
  void pascalCaseOfIds() {
    assertThat(Ids.pascalCase("NOT_FOUND")).isEqualTo("NotFound");
    assertThat(Ids.pascalCase("OK")).isEqualTo("Ok");
    assertThat(Ids.pascalCase("HTTP_VERSION_NOT_SUPPORTED")).isEqualTo("HttpVersionNotSupported");
    assertThat(Ids.pascalCase("HTTP2")).isEqualTo("Http2");
    assertThat(Ids.pascalCase("HTTP_2")).isEqualTo("Http2");
    assertThat(Ids.pascalCase("UNKNOWN")).isEqualTo("Unknown");
  }

  @Test
  void validIds() {
    assertThat(Ids.isValidId("NOT_FOUND")).isTrue();
    assertThat(Ids.isValidId("HTTP2")).isTrue();
    assertThat(Ids.isValidId("A")).isTrue();
    assertThat(Ids.isValidId("not_found")).isFalse();
    assertThat(Ids.isValidId("NOT__FOUND")).isFalse();
    assertThat(Ids.isValidId("_NOT_FOUND")).isFalse();
    assertThat(Ids.isValidId("NOT_FOUND_")).isFalse();
    assertThat(Ids.isValidId("2XX")).isFalse();
    assertThat(Ids.isValidId("CAF\u00c9")).isFalse();
    assertThat(Ids.isValidId("")).isFalse();
  }

  @Test
  void validTypeNames() {
    assertThat(Ids.isValidTypeName("FieldApi")).isTrue();
    assertThat(Ids.isValidTypeName("Http2Exception")).isTrue();
    assertThat(Ids.isValidTypeName("fieldApi")).isFalse();
    assertThat(Ids.isValidTypeName("Field_Api")).isFalse();
    assertThat(Ids.isValidTypeName("Field$Api")).isFalse();
    assertThat(Ids.isValidTypeName("com.x.Api")).isFalse();
  }

  @Test
  void typeNameSuggestions() {
    assertThat(Ids.suggestTypeName("fieldApi")).isEqualTo("FieldApi");
    assertThat(Ids.suggestTypeName("field-api")).isEqualTo("FieldApi");
    assertThat(Ids.suggestTypeName("not found exception")).isEqualTo("NotFoundException");
  }
}
