package dev.statusspec.processor.options;

import dev.statusspec.processor.diag.Diagnostic;
import dev.statusspec.processor.diag.Message;
import dev.statusspec.processor.diag.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The processor's options ({@code -Astatusspec.<name>=<value>}), parsed and checked in this one
 * place. A value that is not allowed is one error naming the allowed values; the option then takes
 * its default, so the rest of the compilation still runs.
 *
 * @param adapters which framework adapters to generate
 * @param compatibility how breaking changes against a baseline spec are reported
 * @param lint whether the lint warnings are reported
 * @param openapi how disagreements with the {@code @StatusSpec(openapi = ...)} document are
 *     reported; {@link Compatibility#OFF} does not read the document
 */
public record Options(
    Adapters adapters, Compatibility compatibility, Lint lint, Compatibility openapi) {

  /** {@code statusspec.adapters}. */
  public static final String ADAPTERS = "statusspec.adapters";

  /** {@code statusspec.compatibility}. */
  public static final String COMPATIBILITY = "statusspec.compatibility";

  /** {@code statusspec.lint}. */
  public static final String LINT = "statusspec.lint";

  /** {@code statusspec.openapi}. */
  public static final String OPENAPI = "statusspec.openapi";

  /** Every option the processor declares. */
  public static final Set<String> NAMES = Set.of(ADAPTERS, COMPATIBILITY, LINT, OPENAPI);

  /** Every option at its default. */
  public static final Options DEFAULTS =
      new Options(Adapters.AUTO, Compatibility.ERROR, Lint.ALL, Compatibility.ERROR);

  /** The options but {@code statusspec.openapi}, which takes its default. */
  public Options(Adapters adapters, Compatibility compatibility, Lint lint) {
    this(adapters, compatibility, lint, Compatibility.ERROR);
  }

  /**
   * Which adapters to generate: {@code auto} (those whose framework is on the class path), {@code
   * none}, or the frameworks named.
   *
   * @param auto whether the choice is {@code auto}
   * @param named the adapters named; empty for {@code auto} and {@code none}
   */
  public record Adapters(boolean auto, Set<String> named) {

    /** {@code auto}, the default. */
    public static final Adapters AUTO = new Adapters(true, Set.of());

    /** {@code none}. */
    public static final Adapters NONE = new Adapters(false, Set.of());

    public Adapters {
      named = Collections.unmodifiableSet(new TreeSet<>(named));
    }

    /**
     * Whether to generate the adapter named {@code adapter}, given whether it applies to the
     * compilation (its framework is on the class path...). That a named adapter does not apply is
     * an error, the caller's to report.
     */
    public boolean wants(String adapter, boolean applies) {
      return auto ? applies : named.contains(adapter);
    }
  }

  /**
   * How breaking changes ({@code statusspec.compatibility}) or disagreements with the OpenAPI
   * document ({@code statusspec.openapi}) are reported.
   */
  public enum Compatibility {
    /** As compile errors, the default. */
    ERROR,
    /** As warnings. */
    WARN,
    /** Not at all: the baseline (or the document) is not even read. */
    OFF;

    /** The severity of a breaking change, or empty when they are not reported. */
    public Optional<Severity> severity() {
      return switch (this) {
        case ERROR -> Optional.of(Severity.ERROR);
        case WARN -> Optional.of(Severity.WARNING);
        case OFF -> Optional.empty();
      };
    }
  }

  /** Which lint warnings are reported. */
  public enum Lint {
    /** All of them, the default. */
    ALL,
    /** None. */
    NONE
  }

  /**
   * Parses javac's {@code -A} options; every value that is not allowed adds one error to {@code
   * problems}, and that option takes its default.
   *
   * @param adapterNames the names {@code statusspec.adapters} may list, in the order messages name
   *     them
   */
  public static Options parse(
      Map<String, String> options, List<String> adapterNames, List<Diagnostic> problems) {
    return new Options(
        adapters(options.get(ADAPTERS), adapterNames, problems),
        choice(options.get(COMPATIBILITY), COMPATIBILITY, Compatibility.class, problems)
            .orElse(DEFAULTS.compatibility()),
        choice(options.get(LINT), LINT, Lint.class, problems).orElse(DEFAULTS.lint()),
        choice(options.get(OPENAPI), OPENAPI, Compatibility.class, problems)
            .orElse(DEFAULTS.openapi()));
  }

  private static Adapters adapters(
      String value, List<String> adapterNames, List<Diagnostic> problems) {
    if (value == null || value.strip().equals("auto")) {
      return Adapters.AUTO;
    }
    if (value.strip().equals("none")) {
      return Adapters.NONE;
    }
    Set<String> named = new TreeSet<>();
    List<String> unknown = new ArrayList<>();
    for (String part : value.split(",", -1)) {
      if (adapterNames.contains(part.strip())) {
        named.add(part.strip());
      } else {
        unknown.add(part.strip());
      }
    }
    if (!unknown.isEmpty()) {
      problems.add(
          Diagnostic.of(
              Message.INVALID_OPTION,
              "",
              ADAPTERS,
              value,
              "auto, none, or a comma-separated list of " + String.join(", ", adapterNames)));
      return Adapters.AUTO;
    }
    return new Adapters(false, named);
  }

  private static <E extends Enum<E>> Optional<E> choice(
      String value, String option, Class<E> type, List<Diagnostic> problems) {
    if (value == null) {
      return Optional.empty();
    }
    List<String> allowed = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      String name = constant.name().toLowerCase(Locale.ROOT);
      if (name.equals(value.strip())) {
        return Optional.of(constant);
      }
      allowed.add(name);
    }
    problems.add(
        Diagnostic.of(Message.INVALID_OPTION, "", option, value, String.join(", ", allowed)));
    return Optional.empty();
  }
}
