package dev.statusspec.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Reading the processor's records, and refusing what is not one. */
class InputRecordTest {

  private static final String HASH = "a".repeat(64);

  @Test
  void readsTheTypeAndEveryInputInOrder() {
    InputRecord record =
        InputRecord.parse(
            "# comment\nformat 1\ntype com.example.Api com/example/Api.class\n"
                + "input spec class-output "
                + HASH
                + " com/example/api statuses.yaml\n"
                + "input baseline source-folder "
                + HASH
                + " com/example/old.yaml\n");

    assertThat(record.type()).isEqualTo("com.example.Api");
    assertThat(record.classFile()).isEqualTo("com/example/Api.class");
    assertThat(record.inputs())
        .containsExactly(
            new InputRecord.Input(
                "spec", InputRecord.Place.CLASS_OUTPUT, HASH, "com/example/api statuses.yaml"),
            new InputRecord.Input(
                "baseline", InputRecord.Place.SOURCE_FOLDER, HASH, "com/example/old.yaml"));
  }

  @Test
  void aRoleANewerProcessorKnowsIsReadLikeTheOthers() {
    InputRecord record =
        InputRecord.parse(
            "format 1\ntype Api Api.class\ninput openapi class-path " + HASH + " openapi.yaml\n");

    assertThat(record.inputs()).extracting(InputRecord.Input::role).containsExactly("openapi");
  }

  @Test
  void anotherFormatIsRefused() {
    assertThatThrownBy(() -> InputRecord.parse("format 2\ntype Api Api.class\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("format 2 is not format 1");
  }

  @Test
  void aRecordWithoutFormatOrTypeIsRefused() {
    assertThatThrownBy(() -> InputRecord.parse("type Api Api.class\n"))
        .hasMessage("it has no 'format' line");
    assertThatThrownBy(() -> InputRecord.parse("format 1\n")).hasMessage("it has no 'type' line");
  }

  @Test
  void pathsThatLeaveTheirFolderAreRefused() {
    assertThatThrownBy(() -> InputRecord.parse("format 1\ntype Api ../Api.class\n"))
        .hasMessageStartingWith("line 2 is no 'type' line");
    assertThatThrownBy(
            () ->
                InputRecord.parse(
                    "format 1\ntype Api Api.class\ninput spec class-output "
                        + HASH
                        + " /etc/passwd\n"))
        .hasMessageStartingWith("line 3 is no 'input' line");
    assertThat(InputRecord.safe("com/example/x.yaml")).isTrue();
    assertThat(InputRecord.safe("com/../../x.yaml")).isFalse();
    assertThat(InputRecord.safe("com//x.yaml")).isFalse();
    assertThat(InputRecord.safe("C:/x.yaml")).isFalse();
    assertThat(InputRecord.safe("com\\x.yaml")).isFalse();
  }

  @Test
  void anInputWithAnUnknownPlaceOrABadHashIsRefused() {
    assertThatThrownBy(
            () ->
                InputRecord.parse(
                    "format 1\ntype Api Api.class\ninput spec nowhere " + HASH + " x.yaml\n"))
        .hasMessageStartingWith("line 3 is no 'input' line");
    assertThatThrownBy(
            () ->
                InputRecord.parse(
                    "format 1\ntype Api Api.class\ninput spec class-output ABC x.yaml\n"))
        .hasMessageStartingWith("line 3 is no 'input' line");
  }
}
