package dev.statusspec.benchmarks.cloud;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Writes {@link CloudHandWritten}: what a careful user without statusspec would type for the
 * 330-status catalogue, too many statuses to type by hand. It reads the compiled {@link
 * CloudStatus} (codes, error codes, problem types) and asks {@link CloudStatus#accept} and {@link
 * CloudGetObjectHandler#dispatch} which handler method each status has, so the text it writes is
 * the spec's, in spec order. The committed output is what the benchmarks measure; {@code
 * HandWrittenTest} checks that it is this generator's current output and that it agrees with the
 * generated methods.
 *
 * <p>Run from the repository root after a build: {@code java -cp benchmarks/target/classes
 * dev.statusspec.benchmarks.cloud.HandWrittenGenerator benchmarks/src/main/java}.
 */
public final class HandWrittenGenerator {

  private static final String CLASS_NAME = "CloudHandWritten";

  private HandWrittenGenerator() {}

  /**
   * Writes {@code CloudHandWritten.java} under a source root.
   *
   * @param args the source root, e.g. {@code benchmarks/src/main/java}
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0], "dev", "statusspec", "benchmarks", "cloud", CLASS_NAME + ".java");
    Files.writeString(file, source(), StandardCharsets.UTF_8);
    System.out.println("wrote " + file);
  }

  /**
   * The source of {@code CloudHandWritten}.
   *
   * @return the Java source text
   */
  public static String source() {
    StringBuilder out = new StringBuilder();
    out.append(HEADER);
    Map<Integer, List<CloudStatus>> byCode = new TreeMap<>();
    for (CloudStatus status : CloudStatus.values()) {
      byCode.computeIfAbsent(status.code(), c -> new ArrayList<>()).add(status);
    }
    CloudStatusHandler<String> names = namer(CloudStatusHandler.class);
    CloudGetObjectHandler<String> getObjectNames = namer(CloudGetObjectHandler.class);

    // resolve(code, errorCode)
    keyedSwitch(
        out,
        javadoc(
                "  ",
                "{@link CloudStatus#resolve(int, String)} by hand: a switch on the code, then one"
                    + " on the errorCode.",
                "@param code an HTTP status code, or any other number",
                "@param errorCode the API's error code, or null",
                "@return the status, or null if the spec has no status with this code")
            + "  public static CloudStatus resolve(int code, String errorCode) {\n",
        "resolve",
        "CloudStatus",
        "",
        "",
        byCode,
        status -> "CloudStatus." + status.name(),
        "null");

    // fromProblem(status, type, errorCode)
    fromProblem(out);

    // dispatch(code, errorCode, handler)
    keyedSwitch(
        out,
        javadoc(
                "  ",
                "{@link CloudStatus#dispatch(int, String, CloudStatusHandler)} by hand: the"
                    + " switches of {@link #resolve(int, String)}, each case calling its handler"
                    + " method.",
                "@param code the HTTP status code received",
                "@param errorCode the API's error code received, or null",
                "@param handler the handler",
                "@param <R> the result type",
                "@return what the handler returns")
            + "  public static <R> R dispatch(int code, String errorCode,"
            + " CloudStatusHandler<R> handler) {\n",
        "dispatch",
        "<R> R",
        ", CloudStatusHandler<R> handler",
        ", handler",
        byCode,
        status -> "handler." + status.accept(names) + "()",
        "handler.onUnknown(code)");

    // CloudGetObjectHandler.dispatch(code, errorCode, handler)
    Map<Integer, List<CloudStatus>> getObjectCodes = new TreeMap<>();
    for (Map.Entry<Integer, List<CloudStatus>> e : byCode.entrySet()) {
      for (CloudStatus status : e.getValue()) {
        if (!getObjectName(status, getObjectNames).equals("onUnknown")) {
          getObjectCodes.put(e.getKey(), e.getValue());
        }
      }
    }
    keyedSwitch(
        out,
        javadoc(
                "  ",
                "{@link CloudGetObjectHandler#dispatch(int, String, CloudGetObjectHandler)} by"
                    + " hand: a switch on the codes of the statuses {@code getObject} lists, then"
                    + " on the errorCodes of that code, where the spec's other errorCodes of the"
                    + " code go to {@code onUnknown}.",
                "@param code the HTTP status code received",
                "@param errorCode the API's error code received, or null",
                "@param handler the handler",
                "@param <R> the result type",
                "@return what the handler returns")
            + "  public static <R> R dispatchGetObject(\n"
            + "      int code, String errorCode, CloudGetObjectHandler<R> handler) {\n",
        "dispatchGetObject",
        "<R> R",
        ", CloudGetObjectHandler<R> handler",
        ", handler",
        getObjectCodes,
        status -> {
          String name = getObjectName(status, getObjectNames);
          return "handler." + name + (name.equals("onUnknown") ? "(" + status.code() + ")" : "()");
        },
        "handler.onUnknown(code)");

    out.setLength(out.length() - 1); // no blank line before the closing brace
    out.append("}\n");
    return out.toString();
  }

  private static String getObjectName(CloudStatus status, CloudGetObjectHandler<String> names) {
    return CloudGetObjectHandler.dispatch(status.code(), status.errorCode().orElse(null), names);
  }

  /**
   * Writes a public method that switches on the code, and per code with several outcomes a private
   * method that switches on the error code.
   */
  private static void keyedSwitch(
      StringBuilder out,
      String head,
      String name,
      String returnType,
      String extraParameter,
      String extraArgument,
      Map<Integer, List<CloudStatus>> byCode,
      Function<CloudStatus, String> outcome,
      String unknown) {
    out.append(head);
    out.append("    switch (code) {\n");
    Map<Integer, String> perCode = new LinkedHashMap<>();
    for (Map.Entry<Integer, List<CloudStatus>> e : byCode.entrySet()) {
      List<CloudStatus> statuses = e.getValue();
      String fallback = outcome.apply(statuses.get(0));
      boolean single = statuses.stream().allMatch(s -> outcome.apply(s).equals(fallback));
      out.append("      case ").append(e.getKey()).append(":\n");
      if (single) {
        out.append("        return ").append(fallback).append(";\n");
      } else {
        String method = name + e.getKey();
        perCode.put(e.getKey(), method);
        out.append("        return ")
            .append(method)
            .append("(errorCode")
            .append(extraArgument)
            .append(");\n");
      }
    }
    out.append("      default:\n");
    out.append("        return ").append(unknown).append(";\n");
    out.append("    }\n");
    out.append("  }\n\n");
    for (Map.Entry<Integer, String> e : perCode.entrySet()) {
      List<CloudStatus> statuses = byCode.get(e.getKey());
      String fallback = outcome.apply(statuses.get(0));
      out.append("  private static ")
          .append(returnType)
          .append(' ')
          .append(e.getValue())
          .append("(String errorCode")
          .append(extraParameter)
          .append(") {\n");
      out.append("    if (errorCode == null) {\n");
      out.append("      return ").append(fallback).append(";\n");
      out.append("    }\n");
      out.append("    switch (errorCode) {\n");
      Map<String, List<String>> labels = new LinkedHashMap<>();
      for (CloudStatus status : statuses) {
        String result = outcome.apply(status);
        if (status.errorCode().isPresent() && !result.equals(fallback)) {
          labels.computeIfAbsent(result, r -> new ArrayList<>()).add(status.errorCode().get());
        }
      }
      for (Map.Entry<String, List<String>> label : labels.entrySet()) {
        for (String errorCode : label.getValue()) {
          out.append("      case \"").append(errorCode).append("\":\n");
        }
        out.append("        return ").append(label.getKey()).append(";\n");
      }
      out.append("      default:\n");
      out.append("        return ").append(fallback).append(";\n");
      out.append("    }\n");
      out.append("  }\n\n");
    }
  }

  /**
   * Writes {@code fromProblem}: the types share the prefix {@code problem.typeBase}, so a careful
   * user keeps each method small by switching first on the character after it, then on the whole
   * type string.
   */
  private static void fromProblem(StringBuilder out) {
    List<CloudStatus> typed = new ArrayList<>();
    for (CloudStatus status : CloudStatus.values()) {
      if (!status.problemType().toString().equals("about:blank")) {
        typed.add(status);
      }
    }
    String prefix = typed.get(0).problemType().toString();
    for (CloudStatus status : typed) {
      String type = status.problemType().toString();
      int i = 0;
      while (i < prefix.length() && i < type.length() && prefix.charAt(i) == type.charAt(i)) {
        i++;
      }
      prefix = prefix.substring(0, i);
    }
    int at = prefix.length();
    Map<Character, List<CloudStatus>> byChar = new TreeMap<>();
    for (CloudStatus status : typed) {
      String type = status.problemType().toString();
      if (type.length() <= at) {
        throw new IllegalStateException("a type is the common prefix itself: " + type);
      }
      byChar.computeIfAbsent(type.charAt(at), c -> new ArrayList<>()).add(status);
    }
    out.append(
        javadoc(
            "  ",
            "{@link CloudStatus#fromProblem(int, String, String)} by hand: a switch on the type"
                + " (on its first character after {@code "
                + prefix
                + "}, then on the whole string), else {@link #resolve(int, String)}.",
            "@param status the HTTP status code of the response",
            "@param type the body's {@code type}, or null",
            "@param errorCode the body's errorCode member, or null",
            "@return the status, or null if neither the type nor the code is the spec's"));
    out.append(
        "  public static CloudStatus fromProblem(int status, String type, String errorCode)"
            + " {\n");
    out.append("    if (type != null && type.length() > ").append(at).append(") {\n");
    out.append("      CloudStatus typed;\n");
    out.append("      switch (type.charAt(").append(at).append(")) {\n");
    for (char c : byChar.keySet()) {
      out.append("        case '").append(c).append("':\n");
      out.append("          typed = type").append(Character.toUpperCase(c)).append("(type);\n");
      out.append("          break;\n");
    }
    out.append("        default:\n");
    out.append("          typed = null;\n");
    out.append("      }\n");
    out.append("      if (typed != null) {\n");
    out.append("        return typed;\n");
    out.append("      }\n");
    out.append("    }\n");
    out.append("    return resolve(status, errorCode);\n");
    out.append("  }\n\n");
    for (Map.Entry<Character, List<CloudStatus>> e : byChar.entrySet()) {
      out.append("  private static CloudStatus type")
          .append(Character.toUpperCase(e.getKey()))
          .append("(String type) {\n");
      out.append("    switch (type) {\n");
      for (CloudStatus status : e.getValue()) {
        out.append("      case \"").append(status.problemType()).append("\":\n");
        out.append("        return CloudStatus.").append(status.name()).append(";\n");
      }
      out.append("      default:\n");
      out.append("        return null;\n");
      out.append("    }\n");
      out.append("  }\n\n");
    }
  }

  /** A handler whose every method returns its own name. */
  @SuppressWarnings("unchecked")
  private static <H> H namer(Class<?> handlerType) {
    return (H)
        Proxy.newProxyInstance(
            HandWrittenGenerator.class.getClassLoader(),
            new Class<?>[] {handlerType},
            (proxy, method, args) -> method.getName());
  }

  private static final String HEADER =
      "package dev.statusspec.benchmarks.cloud;\n"
          + "\n"
          + javadoc(
              "",
              "The keyed lookups of the 330-status catalogue as a careful user without statusspec"
                  + " writes them, for the benchmarks to compare with the generated ones: a {@code"
                  + " switch} on the code, then javac's string {@code switch} on the errorCode,"
                  + " returning the {@link CloudStatus} constant (null where the generated method"
                  + " returns empty) or calling the handler method directly. Each code with"
                  + " several statuses has its own small method, so that every method stays far"
                  + " below HotSpot's 8,000-byte limit for compiling a method.\n\n<p>Written out"
                  + " by {@link HandWrittenGenerator} from {@link CloudStatus} (330 statuses are"
                  + " too many to type); do not edit, regenerate. {@code HandWrittenTest} checks"
                  + " that it agrees with the generated methods on every benchmark input.")
          + "@SuppressWarnings(\"deprecation\") // handles the deprecated statuses, as the generated"
          + " code does\n"
          + "public final class "
          + CLASS_NAME
          + " {\n"
          + "\n"
          + "  private "
          + CLASS_NAME
          + "() {}\n"
          + "\n";

  /**
   * A Javadoc comment as google-java-format fills it: words up to column 100, paragraphs ({@code
   * "\\n\\n"}) apart, then one line per block tag.
   *
   * @param indent the indentation of the comment
   * @param text the text
   * @param tags the block tags ({@code @param ...}), each short enough for one line
   * @return the comment, with its line ends
   */
  private static String javadoc(String indent, String text, String... tags) {
    StringBuilder doc = new StringBuilder(indent).append("/**\n");
    String[] paragraphs = text.split("\n\n");
    for (int p = 0; p < paragraphs.length; p++) {
      if (p > 0) {
        doc.append(indent).append(" *\n");
      }
      StringBuilder line = new StringBuilder(indent).append(" *");
      for (String word : paragraphs[p].split(" ")) {
        if (line.length() + 1 + word.length() > 100 && line.length() > indent.length() + 2) {
          doc.append(line).append('\n');
          line = new StringBuilder(indent).append(" *");
        }
        line.append(' ').append(word);
      }
      doc.append(line).append('\n');
    }
    if (tags.length > 0) {
      doc.append(indent).append(" *\n");
      for (String tag : tags) {
        doc.append(indent).append(" * ").append(tag).append('\n');
      }
    }
    return doc.append(indent).append(" */\n").toString();
  }
}
