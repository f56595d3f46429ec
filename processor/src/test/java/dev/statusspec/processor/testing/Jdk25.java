package dev.statusspec.processor.testing;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds a JDK 25 for the tests that run its {@code javac} as a separate process: the system
 * property {@code statusspec.jdk25} (the build passes {@code mvn -Dstatusspec.jdk25=<its home>}),
 * else {@code $JAVA_HOME} if it is a JDK 25, else the first JDK 25 in {@code /usr/lib/jvm/*25*},
 * {@code /opt/java/*25*}, {@code ~/.sdkman/candidates/java/25*} and {@code ~/.jdks/*25*}. A JDK 25
 * is a folder whose {@code release} file says {@code JAVA_VERSION="25..."} and that has {@code
 * bin/javac}.
 *
 * <p>When none is found the test is skipped, except on CI (the environment variable {@code CI} set
 * and not empty), where it fails: a CI machine that lost its JDK 25 must not pass silently. Both
 * say where they looked and how to point at one. A {@code statusspec.jdk25} that does not name a
 * JDK 25 always fails: it is a mistake, not a machine without JDK 25.
 */
public final class Jdk25 {

  /** The system property that names JDK 25's home. */
  public static final String PROPERTY = "statusspec.jdk25";

  private static final Pattern VERSION =
      Pattern.compile("^JAVA_VERSION=\"(25(?:[.+\\-][^\"]*)?)\"$", Pattern.MULTILINE);

  private static Lookup lookup;

  private Jdk25() {}

  /**
   * Where to look: the values of the property and the environment, and the folders to search.
   *
   * @param property {@code statusspec.jdk25}, or null
   * @param javaHome {@code $JAVA_HOME}, or null
   * @param userHome the user's home (for {@code .sdkman} and {@code .jdks})
   * @param systemFolders the folders JDKs are installed in, searched for {@code *25*}
   * @param ci {@code $CI}, or null
   */
  public record Search(
      String property, String javaHome, Path userHome, List<Path> systemFolders, String ci) {

    /** This machine's. */
    public static Search here() {
      return new Search(
          System.getProperty(PROPERTY),
          System.getenv("JAVA_HOME"),
          Path.of(System.getProperty("user.home")),
          List.of(Path.of("/usr/lib/jvm"), Path.of("/opt/java")),
          System.getenv("CI"));
    }

    boolean onCi() {
      return ci != null && !ci.isBlank();
    }
  }

  /**
   * What a search found.
   *
   * @param home JDK 25's home, if found
   * @param mustFail whether not finding one fails the test instead of skipping it
   * @param message where it looked and how to point at a JDK 25, when not found
   */
  public record Lookup(Optional<Path> home, boolean mustFail, String message) {}

  /** JDK 25's home; else fails the test (on CI, or for a wrong property) or skips it. */
  public static Path home() {
    Lookup found;
    synchronized (Jdk25.class) {
      if (lookup == null) {
        lookup = find(Search.here());
      }
      found = lookup;
    }
    return require(found);
  }

  /** {@code lookup}'s home; else fails the test if it must, or skips it. */
  static Path require(Lookup lookup) {
    if (lookup.home().isPresent()) {
      return lookup.home().get();
    }
    if (lookup.mustFail()) {
      return Assertions.fail(lookup.message());
    }
    return Assumptions.abort(lookup.message());
  }

  /** JDK 25's {@code bin/javac}; see {@link #home()}. */
  public static Path javac() {
    return home().resolve("bin").resolve("javac");
  }

  /** JDK 25's {@code bin/java}; see {@link #home()}. */
  public static Path java() {
    return home().resolve("bin").resolve("java");
  }

  /** The decision, apart from this machine: which JDK 25, or why none. */
  public static Lookup find(Search search) {
    List<String> looked = new ArrayList<>();
    if (search.property() != null && !search.property().isBlank()) {
      Path home = Path.of(search.property());
      String why = whyNot(home);
      if (why == null) {
        return new Lookup(Optional.of(home), false, "");
      }
      return new Lookup(
          Optional.empty(),
          true,
          "-D" + PROPERTY + "=" + search.property() + " is not a JDK 25: " + why);
    }
    looked.add("-D" + PROPERTY + " (not set)");
    if (search.javaHome() != null && !search.javaHome().isBlank()) {
      Path home = Path.of(search.javaHome());
      String why = whyNot(home);
      if (why == null) {
        return new Lookup(Optional.of(home), false, "");
      }
      looked.add("$JAVA_HOME=" + home + " (" + why + ")");
    } else {
      looked.add("$JAVA_HOME (not set)");
    }
    List<Path> folders = new ArrayList<>();
    List<String> globs = new ArrayList<>();
    for (Path folder : search.systemFolders()) {
      folders.add(folder);
      globs.add("*25*");
    }
    folders.add(search.userHome().resolve(".sdkman/candidates/java"));
    globs.add("25*");
    folders.add(search.userHome().resolve(".jdks"));
    globs.add("*25*");
    for (int i = 0; i < folders.size(); i++) {
      List<String> rejected = new ArrayList<>();
      for (Path candidate : candidates(folders.get(i), globs.get(i))) {
        // A macOS layout keeps the home in Contents/Home.
        Path mac = candidate.resolve("Contents/Home");
        Path home = Files.isDirectory(mac) ? mac : candidate;
        String why = whyNot(home);
        if (why == null) {
          return new Lookup(Optional.of(home), false, "");
        }
        rejected.add(home.getFileName() + ": " + why);
      }
      looked.add(
          folders.get(i).resolve(globs.get(i))
              + (rejected.isEmpty() ? " (none)" : " (" + String.join("; ", rejected) + ")"));
    }
    boolean onCi = search.onCi();
    return new Lookup(
        Optional.empty(),
        onCi,
        "JDK 25 not found, so its javac cannot run"
            + (onCi ? " (and CI is set: failing instead of skipping)" : ": skipped")
            + ". Looked at: "
            + String.join(", ", looked)
            + ". Point at one with mvn -D"
            + PROPERTY
            + "=<its home> (or install one in one of those places).");
  }

  /** Folders of {@code parent} whose name matches {@code glob}, newest name first. */
  private static List<Path> candidates(Path parent, String glob) {
    if (!Files.isDirectory(parent)) {
      return List.of();
    }
    List<Path> found = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, glob)) {
      entries.forEach(found::add);
    } catch (IOException e) {
      return List.of();
    }
    found.sort(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed());
    return found;
  }

  /** Null if {@code home} is a JDK 25, else why not. */
  private static String whyNot(Path home) {
    Path release = home.resolve("release");
    if (!Files.isRegularFile(release)) {
      return "no release file";
    }
    String text;
    try {
      text = Files.readString(release);
    } catch (IOException e) {
      return "release file unreadable: " + e.getMessage();
    }
    Matcher version = VERSION.matcher(text);
    if (!version.find()) {
      Matcher any = Pattern.compile("^JAVA_VERSION=\"([^\"]*)\"", Pattern.MULTILINE).matcher(text);
      return any.find() ? "JAVA_VERSION=\"" + any.group(1) + "\"" : "no JAVA_VERSION in release";
    }
    Path javac = home.resolve("bin/javac");
    if (!Files.isExecutable(javac) && !Files.isExecutable(home.resolve("bin/javac.exe"))) {
      return "no bin/javac (a JRE?)";
    }
    return null;
  }
}
