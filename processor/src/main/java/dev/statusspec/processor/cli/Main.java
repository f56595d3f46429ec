package dev.statusspec.processor.cli;

import dev.statusspec.processor.check.OpenApiAgreement;
import dev.statusspec.processor.check.SpecValidator;
import dev.statusspec.processor.diag.Diagnostic;
import dev.statusspec.processor.diag.Diagnostics;
import dev.statusspec.processor.diag.Message;
import dev.statusspec.processor.draft.Draft;
import dev.statusspec.processor.draft.DraftBuilder;
import dev.statusspec.processor.draft.DraftWriter;
import dev.statusspec.processor.draft.Drafter;
import dev.statusspec.processor.model.OpenApiDocument;
import dev.statusspec.processor.model.Spec;
import dev.statusspec.processor.spec.OpenApiFormat;
import dev.statusspec.processor.spec.SpecReader;
import dev.statusspec.processor.spec.YamlSpecFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

/**
 * The processor jar's command line ({@code java -jar statusspec-processor-<v>.jar}): {@code init
 * --from-openapi FILE [--name P] [-o FILE [--force]]} drafts a status spec from an OpenAPI
 * document. The draft goes to standard output, or to the file of {@code -o}, which is never
 * replaced unless {@code --force}; messages go to standard error, never a stack trace.
 *
 * <p>Exit status: {@link #OK} drafted; {@link #WRITE_FAILED} the draft could not be written; {@link
 * #USAGE} wrong arguments, an unreadable document or one with nothing to draft (then nothing is
 * written to standard output); {@link #INTERNAL} a bug of statusspec.
 *
 * <p>javac never runs this class: the jar's processor is registered by its service file only.
 */
public final class Main {

  /** Drafted and written. */
  public static final int OK = 0;

  /** The draft could not be written (standard output closed, the file's folder missing...). */
  public static final int WRITE_FAILED = 1;

  /** Wrong arguments, or a document that cannot be read or gives nothing to draft. */
  public static final int USAGE = 2;

  /** A bug: the draft is not a valid spec, or something unexpected failed. */
  public static final int INTERNAL = 3;

  static final String USAGE_TEXT =
      """
      Usage: java -jar statusspec-processor-<version>.jar init --from-openapi FILE [--name P] \
      [-o FILE [--force]]

      Drafts a status spec from an OpenAPI 3.0 or 3.1 document (YAML or JSON): one status per
      (code, errorCode) its operations document with an explicit code, one operation per
      operationId. Comments in the draft say where it had to guess.

        --from-openapi FILE  the OpenAPI document to draft from (required)
        --name P             the spec's name: the prefix of the generated types (PStatus,
                             PException...); without it, the annotated interface's name
        -o, --output FILE    write the draft to FILE instead of standard output; an existing
                             FILE is never replaced without --force
        --force              with -o, replace FILE if it exists
        -h, --help           print this help

      Exit status: 0 drafted; 1 the draft could not be written; 2 wrong arguments, or a document
      that cannot be read or has nothing to draft; 3 an internal error (please report it).
      """;

  private Main() {}

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    System.out.flush();
    System.exit(status);
  }

  /**
   * Runs the command line {@code args}: the draft (or the help) to {@code out}, messages to {@code
   * err}.
   *
   * @return the exit status
   */
  public static int run(String[] args, OutputStream out, PrintStream err) {
    try {
      Arguments arguments;
      try {
        arguments = Arguments.parse(args);
      } catch (Arguments.UsageException e) {
        err.println("statusspec: " + e.getMessage());
        err.println("Run with --help for the usage.");
        return USAGE;
      }
      if (arguments.help()) {
        return write(out, USAGE_TEXT, err) ? OK : WRITE_FAILED;
      }
      return init(arguments, out, err);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      err.println(
          "statusspec: internal error, please report it with the document if you can share it: "
              + e.getClass().getName()
              + (e.getMessage() == null ? "" : ": " + Arguments.shown(e.getMessage())));
      return INTERNAL;
    }
  }

  private static int init(Arguments arguments, OutputStream out, PrintStream err) {
    Path input = arguments.input();
    String shown = Arguments.shown(input.toString());
    if (arguments.output().isPresent()
        && !arguments.force()
        && Files.exists(arguments.output().get())) {
      err.println(
          "statusspec: "
              + Arguments.shown(arguments.output().get().toString())
              + " exists; add --force to replace it");
      return USAGE;
    }
    Optional<byte[]> bytes = read(input, shown, err);
    if (bytes.isEmpty()) {
      return USAGE;
    }
    Diagnostics diagnostics = new Diagnostics(shown);
    Optional<OpenApiDocument> document = OpenApiFormat.INSTANCE.read(bytes.get(), diagnostics);
    if (document.isEmpty() || diagnostics.hasErrors()) {
      print(diagnostics, err);
      if (diagnostics.list().isEmpty()) {
        err.println("statusspec: " + shown + ": not a readable OpenAPI document");
      }
      return USAGE;
    }
    Draft draft;
    try {
      draft = Drafter.draft(document.get(), fileName(input), arguments.name(), Main::inJavaLang);
    } catch (DraftBuilder.NothingToDraftException e) {
      err.println("statusspec: " + shown + ": nothing to draft: " + e.getMessage());
      return USAGE;
    }
    String text = DraftWriter.write(draft);
    Diagnostics check = new Diagnostics("the draft");
    Optional<Spec> spec =
        YamlSpecFormat.INSTANCE.read(text.getBytes(StandardCharsets.UTF_8), check);
    spec.ifPresent(s -> SpecValidator.validate(s, check));
    if (spec.isEmpty() || check.hasErrors()) {
      err.println("statusspec: internal error, please report it: the draft is not a valid spec:");
      print(check, err);
      return INTERNAL;
    }
    // The draft must agree with the document as the build will check it; only the document's own
    // broken $refs, which no spec can mend, may remain (and are said).
    Diagnostics agreement = new Diagnostics(shown);
    OpenApiAgreement.check(spec.get(), "the draft", document.get(), agreement);
    List<Diagnostic> disagreements =
        agreement.list().stream()
            .filter(d -> d.message() != Message.OPENAPI_REF_UNRESOLVED)
            .toList();
    if (!disagreements.isEmpty()) {
      err.println(
          "statusspec: internal error, please report it: the draft disagrees with the document:");
      disagreements.forEach(d -> err.println(d.format()));
      return INTERNAL;
    }
    boolean written =
        arguments.output().isPresent()
            ? writeFile(arguments.output().get(), text, arguments.force(), err)
            : write(out, text, err);
    if (!written) {
      return WRITE_FAILED;
    }
    for (Diagnostic diagnostic : agreement.list()) {
      err.println(
          "statusspec: the check will report this $ref of the document; bundle the document or"
              + " fix it: "
              + diagnostic.format());
    }
    err.println(
        "statusspec: drafted "
            + draft.statuses().size()
            + (draft.statuses().size() == 1 ? " status" : " statuses")
            + " and "
            + draft.operations().size()
            + (draft.operations().size() == 1 ? " operation" : " operations")
            + " from "
            + shown
            + arguments.output().map(o -> " into " + Arguments.shown(o.toString())).orElse("")
            + (draft.guesses() == 0
                ? ""
                : "; "
                    + draft.guesses()
                    + " guessed "
                    + (draft.guesses() == 1 ? "line" : "lines")
                    + " to review"));
    return OK;
  }

  /** The file's bytes, or empty after saying why they cannot be read. */
  private static Optional<byte[]> read(Path input, String shown, PrintStream err) {
    try {
      if (Files.isDirectory(input)) {
        err.println("statusspec: " + shown + " is a directory, not an OpenAPI document");
        return Optional.empty();
      }
      Diagnostics diagnostics = new Diagnostics(shown);
      if (SpecReader.tooLarge(Files.size(input), OpenApiFormat.INSTANCE.limits(), diagnostics)) {
        print(diagnostics, err);
        return Optional.empty();
      }
      return Optional.of(Files.readAllBytes(input));
    } catch (NoSuchFileException e) {
      err.println("statusspec: " + shown + ": no such file");
    } catch (AccessDeniedException e) {
      err.println("statusspec: " + shown + ": permission denied");
    } catch (IOException | SecurityException e) {
      err.println("statusspec: " + shown + ": cannot be read: " + reason(e));
    }
    return Optional.empty();
  }

  private static void print(Diagnostics diagnostics, PrintStream err) {
    for (Diagnostic diagnostic : diagnostics.list()) {
      err.println(diagnostic.format());
    }
  }

  /** Writes {@code text} to standard output; false after saying why it failed. */
  private static boolean write(OutputStream out, String text, PrintStream err) {
    try {
      out.write(text.getBytes(StandardCharsets.UTF_8));
      out.flush();
      if (out instanceof PrintStream print && print.checkError()) {
        err.println("statusspec: standard output could not be written");
        return false;
      }
      return true;
    } catch (IOException e) {
      err.println("statusspec: standard output could not be written: " + reason(e));
      return false;
    }
  }

  /**
   * Writes {@code text} to {@code file}: without {@code force} only as a new file, with it through
   * a temporary file in the same folder moved over the old one, so that a failure never leaves half
   * a spec behind. False after saying why it failed.
   */
  private static boolean writeFile(Path file, String text, boolean force, PrintStream err) {
    String shown = Arguments.shown(file.toString());
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Path temp = null;
    try {
      if (!force) {
        try (OutputStream stream =
            Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
          stream.write(bytes);
        } catch (IOException e) {
          if (!(e instanceof FileAlreadyExistsException)) {
            Files.deleteIfExists(file);
          }
          throw e;
        }
        return true;
      }
      Path folder = file.toAbsolutePath().getParent();
      temp = Files.createTempFile(folder, ".statusspec-draft", ".tmp");
      Files.write(temp, bytes);
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      temp = null;
      return true;
    } catch (FileAlreadyExistsException e) {
      err.println("statusspec: " + shown + " exists; add --force to replace it");
      return false;
    } catch (IOException | SecurityException e) {
      err.println("statusspec: " + shown + " could not be written: " + reason(e));
      return false;
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          // Left behind: a hidden temporary file in the output's folder; nothing to do about it.
        }
      }
    }
  }

  private static String fileName(Path input) {
    Path name = input.getFileName();
    return Arguments.shown(name == null ? input.toString() : name.toString());
  }

  private static String reason(Exception e) {
    String message = e.getMessage();
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return message == null ? e.getClass().getSimpleName() : Arguments.shown(message);
  }

  /**
   * Whether {@code java.lang} has a public type named {@code simpleName}, on this JDK or on a newer
   * one (those added since 17 are listed): an exception of that name would hide it.
   */
  static boolean inJavaLang(String simpleName) {
    if (simpleName.equals("MatchException") || simpleName.equals("WrongThreadException")) {
      return true;
    }
    try {
      Class.forName("java.lang." + simpleName, false, null);
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
