package dev.statusspec.processor.cli;

import dev.statusspec.processor.model.Ids;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The command line of the processor jar, parsed: {@code init --from-openapi FILE [--name P] [-o
 * FILE [--force]]}, or a request for help. Options take their value as the next argument or after
 * {@code =} ({@code --name=P}); each may be given once.
 *
 * @param help whether help was asked for (then nothing else is read)
 * @param input the OpenAPI document to draft from
 * @param name the spec's {@code name:}, if given
 * @param output the file to write, if not standard output
 * @param force whether {@code output} may replace an existing file
 */
record Arguments(
    boolean help, Path input, Optional<String> name, Optional<Path> output, boolean force) {

  /** The one command. */
  static final String INIT = "init";

  /** A command line that cannot be run; the message says why, in words for the user. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message, null, false, false);
    }
  }

  private static final Arguments HELP =
      new Arguments(true, null, Optional.empty(), Optional.empty(), false);

  /** Parses {@code args}. */
  static Arguments parse(String... args) throws UsageException {
    if (args.length == 0) {
      throw new UsageException("no command given");
    }
    if (isHelp(args[0])) {
      return HELP;
    }
    if (!args[0].equals(INIT)) {
      throw new UsageException(
          "unknown command '" + shown(args[0]) + "'; the command is '" + INIT + "'");
    }
    String input = null;
    String name = null;
    String output = null;
    boolean force = false;
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      if (isHelp(arg)) {
        return HELP;
      }
      String option = arg;
      String value = null;
      int equals = arg.indexOf('=');
      if (arg.startsWith("--") && equals > 0) {
        option = arg.substring(0, equals);
        value = arg.substring(equals + 1);
      }
      switch (option) {
        case "--from-openapi" -> {
          once(input, option);
          input = value != null ? value : value(args, ++i, option);
        }
        case "--name" -> {
          once(name, option);
          name = value != null ? value : value(args, ++i, option);
        }
        case "-o", "--output" -> {
          once(output, "-o");
          output = value != null ? value : value(args, ++i, option);
        }
        case "--force" -> {
          if (value != null) {
            throw new UsageException("--force takes no value");
          }
          force = true;
        }
        default ->
            throw new UsageException(
                arg.startsWith("-")
                    ? "unknown option '" + shown(arg) + "'"
                    : "unexpected argument '"
                        + shown(arg)
                        + "' (the document is given with --from-openapi FILE)");
      }
    }
    if (input == null) {
      throw new UsageException(
          "--from-openapi FILE is required: the OpenAPI document to draft from");
    }
    if (force && output == null) {
      throw new UsageException(
          "--force only makes sense with -o FILE (standard output replaces nothing)");
    }
    if (name != null && !(Ids.isValidTypeName(name) && name.length() <= Ids.MAX_LENGTH)) {
      String suggestion = Ids.suggestTypeName(name);
      throw new UsageException(
          "--name '"
              + shown(name)
              + "' cannot prefix Java type names: it takes an upper-case ASCII letter, then ASCII"
              + " letters and digits"
              + (Ids.isValidTypeName(suggestion) && suggestion.length() <= Ids.MAX_LENGTH
                  ? "; did you mean " + suggestion + "?"
                  : ""));
    }
    return new Arguments(
        false,
        path(input, "--from-openapi"),
        Optional.ofNullable(name),
        output == null ? Optional.empty() : Optional.of(path(output, "-o")),
        force);
  }

  private static boolean isHelp(String arg) {
    return arg.equals("--help") || arg.equals("-h") || arg.equals("help");
  }

  private static void once(String earlier, String option) throws UsageException {
    if (earlier != null) {
      throw new UsageException(option + " is given twice");
    }
  }

  private static String value(String[] args, int i, String option) throws UsageException {
    if (i >= args.length
        || args[i].isEmpty()
        || (args[i].startsWith("-") && args[i].length() > 1)) {
      throw new UsageException(option + " needs a value");
    }
    return args[i];
  }

  private static Path path(String text, String option) throws UsageException {
    if (text.isEmpty()) {
      throw new UsageException(option + " needs a value");
    }
    try {
      return Path.of(text);
    } catch (InvalidPathException e) {
      throw new UsageException(
          option + " '" + shown(text) + "' is not a valid path: " + e.getReason());
    }
  }

  /** An argument as a message quotes it: no control characters, not too long. */
  static String shown(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .limit(200)
        .forEach(
            c -> {
              if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04X", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return text.codePointCount(0, text.length()) > 200 ? out + "..." : out.toString();
  }
}
