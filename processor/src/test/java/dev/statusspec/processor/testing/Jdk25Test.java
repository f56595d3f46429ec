package dev.statusspec.processor.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statusspec.processor.testing.Jdk25.Lookup;
import dev.statusspec.processor.testing.Jdk25.Search;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * How {@link Jdk25} decides, on fake JDK layouts in a temporary folder: the property first (and a
 * wrong one fails, CI or not), then {@code $JAVA_HOME}, then the usual folders; a folder counts
 * only if its {@code release} says 25 and it has {@code bin/javac}; with none, the message says
 * where it looked and how to point at one, and only a non-empty {@code CI} turns the skip into a
 * failure.
 */
class Jdk25Test {

  @TempDir Path temp;

  private Path home;
  private Path usrLibJvm;
  private Path optJava;

  @BeforeEach
  void folders() throws IOException {
    home = Files.createDirectories(temp.resolve("home"));
    usrLibJvm = Files.createDirectories(temp.resolve("usr/lib/jvm"));
    optJava = temp.resolve("opt/java"); // absent, as on most machines
  }

  /** A fake JDK: a {@code release} file with {@code version} and, if {@code javac}, bin/javac. */
  private static Path jdk(Path dir, String version, boolean javac) throws IOException {
    Files.createDirectories(dir.resolve("bin"));
    Files.writeString(
        dir.resolve("release"),
        "IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_VERSION=\"" + version + "\"\nOS_NAME=\"Linux\"\n");
    if (javac) {
      Path file = Files.writeString(dir.resolve("bin/javac"), "#!/bin/sh\n");
      assertThat(file.toFile().setExecutable(true)).isTrue();
    }
    return dir;
  }

  private Search search(String property, String javaHome, String ci) {
    return new Search(property, javaHome, home, List.of(usrLibJvm, optJava), ci);
  }

  @Test
  void thePropertyComesFirst() throws IOException {
    Path property = jdk(temp.resolve("custom"), "25.0.1", true);
    jdk(usrLibJvm.resolve("temurin-25-jdk-amd64"), "25.0.3", true);

    Lookup lookup = Jdk25.find(search(property.toString(), null, null));

    assertThat(lookup.home()).contains(property);
  }

  @Test
  void aPropertyThatIsNotAJdk25FailsEvenOffCi() throws IOException {
    Path jdk17 = jdk(temp.resolve("jdk-17"), "17.0.15", true);
    jdk(usrLibJvm.resolve("temurin-25-jdk-amd64"), "25.0.3", true);

    Lookup lookup = Jdk25.find(search(jdk17.toString(), null, null));

    assertThat(lookup.home()).isEmpty();
    assertThat(lookup.mustFail()).isTrue();
    assertThat(lookup.message())
        .isEqualTo("-Dstatusspec.jdk25=" + jdk17 + " is not a JDK 25: JAVA_VERSION=\"17.0.15\"");
    assertThat(Jdk25.find(search(temp.resolve("nowhere").toString(), null, null)).message())
        .endsWith("is not a JDK 25: no release file");
  }

  @Test
  void anEmptyPropertyIsNotSet() throws IOException {
    Path jdk = jdk(usrLibJvm.resolve("temurin-25-jdk-amd64"), "25.0.3", true);

    assertThat(Jdk25.find(search("", null, null)).home()).contains(jdk);
    assertThat(Jdk25.find(search(" ", null, null)).home()).contains(jdk);
  }

  @Test
  void javaHomeIfItIsAJdk25() throws IOException {
    Path javaHome = jdk(temp.resolve("java-home"), "25", true);
    Path other = jdk(usrLibJvm.resolve("temurin-25-jdk-amd64"), "25.0.3", true);

    assertThat(Jdk25.find(search(null, javaHome.toString(), null)).home()).contains(javaHome);

    Path jdk17 = jdk(temp.resolve("java-17"), "17.0.15", true);
    assertThat(Jdk25.find(search(null, jdk17.toString(), null)).home()).contains(other);
  }

  @Test
  void onlyAJdk25WithJavacCounts() throws IOException {
    jdk(usrLibJvm.resolve("jdk-25-but-17-inside"), "17.0.2", true);
    jdk(usrLibJvm.resolve("jre-25"), "25.0.1", false);
    jdk(usrLibJvm.resolve("java-250"), "250", true);
    Files.createDirectories(usrLibJvm.resolve("java-25-empty"));
    jdk(usrLibJvm.resolve("java-17-openjdk-amd64"), "17.0.15", true);

    Lookup lookup = Jdk25.find(search(null, null, null));

    assertThat(lookup.home()).isEmpty();
    assertThat(lookup.message())
        .contains("jdk-25-but-17-inside: JAVA_VERSION=\"17.0.2\"")
        .contains("jre-25: no bin/javac (a JRE?)")
        .contains("java-250: JAVA_VERSION=\"250\"")
        .contains("java-25-empty: no release file")
        .doesNotContain("java-17-openjdk-amd64");
  }

  @Test
  void earlyAccessAndUpdateVersionsCount() throws IOException {
    Path ea = jdk(usrLibJvm.resolve("jdk-25-ea"), "25-ea", true);
    assertThat(Jdk25.find(search(null, null, null)).home()).contains(ea);
  }

  @Test
  void theUsualFoldersInOrder() throws IOException {
    Path jdks = jdk(home.resolve(".jdks/openjdk-25.0.1"), "25.0.1", true);
    assertThat(Jdk25.find(search(null, null, null)).home()).contains(jdks);

    Path sdkman = jdk(home.resolve(".sdkman/candidates/java/25.0.1-tem"), "25.0.1", true);
    assertThat(Jdk25.find(search(null, null, null)).home()).contains(sdkman);

    Path opt = jdk(optJava.resolve("openjdk-25"), "25.0.2", true);
    assertThat(Jdk25.find(search(null, null, null)).home()).contains(opt);

    Path usr = jdk(usrLibJvm.resolve("temurin-25-jdk-amd64"), "25.0.3", true);
    assertThat(Jdk25.find(search(null, null, null)).home()).contains(usr);
  }

  @Test
  void sdkmanCandidatesMustStartWith25() throws IOException {
    jdk(home.resolve(".sdkman/candidates/java/17.0.25-tem"), "17.0.25", true);

    Lookup lookup = Jdk25.find(search(null, null, null));

    assertThat(lookup.home()).isEmpty();
    assertThat(lookup.message()).contains(".sdkman/candidates/java/25* (none)");
  }

  @Test
  void aMacOsHomeIsInContentsHome() throws IOException {
    Path mac = jdk(home.resolve(".jdks/temurin-25.0.1/Contents/Home"), "25.0.1", true);

    assertThat(Jdk25.find(search(null, null, null)).home()).contains(mac);
  }

  @Test
  void noneFoundSkipsWithWhereItLookedAndHowToPointAtOne() throws IOException {
    Path jdk17 = jdk(temp.resolve("java-17"), "17.0.15", true);

    Lookup lookup = Jdk25.find(search(null, jdk17.toString(), null));

    assertThat(lookup.home()).isEmpty();
    assertThat(lookup.mustFail()).isFalse();
    assertThat(lookup.message())
        .isEqualTo(
            "JDK 25 not found, so its javac cannot run: skipped. Looked at: -Dstatusspec.jdk25"
                + " (not set), $JAVA_HOME="
                + jdk17
                + " (JAVA_VERSION=\"17.0.15\"), "
                + usrLibJvm.resolve("*25*")
                + " (none), "
                + optJava.resolve("*25*")
                + " (none), "
                + home.resolve(".sdkman/candidates/java/25*")
                + " (none), "
                + home.resolve(".jdks/*25*")
                + " (none). Point at one with mvn -Dstatusspec.jdk25=<its home> (or install one"
                + " in one of those places).");
  }

  @Test
  void noneFoundFailsOnCi() {
    Lookup lookup = Jdk25.find(search(null, null, "true"));

    assertThat(lookup.home()).isEmpty();
    assertThat(lookup.mustFail()).isTrue();
    assertThat(lookup.message())
        .startsWith("JDK 25 not found, so its javac cannot run (and CI is set: failing instead")
        .contains("$JAVA_HOME (not set)")
        .contains("-Dstatusspec.jdk25=<its home>");
    assertThat(Jdk25.find(search(null, null, "")).mustFail()).as("CI empty").isFalse();
  }

  @Test
  void notFoundSkipsTheTestOffCiAndFailsItOnCi() {
    assertThatThrownBy(() -> Jdk25.require(Jdk25.find(search(null, null, null))))
        .isInstanceOf(TestAbortedException.class)
        .hasMessageStartingWith("JDK 25 not found, so its javac cannot run: skipped.");
    assertThatThrownBy(() -> Jdk25.require(Jdk25.find(search(null, null, "1"))))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageStartingWith("JDK 25 not found");
    assertThatThrownBy(() -> Jdk25.require(Jdk25.find(search("/nowhere", null, null))))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageStartingWith("-Dstatusspec.jdk25=/nowhere is not a JDK 25");
  }

  @Test
  void foundIsReturned() throws IOException {
    Path jdk = jdk(usrLibJvm.resolve("temurin-25-jdk-amd64"), "25.0.3", true);

    assertThat(Jdk25.require(Jdk25.find(search(null, null, "true")))).isEqualTo(jdk);
  }
}
