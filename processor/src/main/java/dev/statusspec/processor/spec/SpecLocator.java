package dev.statusspec.processor.spec;

import com.sun.source.util.Trees;
import dev.statusspec.processor.diag.Hint;
import dev.statusspec.processor.diag.ShownPath;
import dev.statusspec.processor.model.Input;
import dev.statusspec.processor.model.Suggestions;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.StandardLocation;

/**
 * Finds a spec the way {@code Class.getResource} resolves a name, in every place a build can hand
 * it to javac: the class output (where Maven copies {@code src/main/resources}, and the only place
 * Eclipse offers), the source path, the folder of the interface's own source file (the only place
 * under Gradle), and the class path. Each attempt that fails is remembered, to be listed when none
 * succeeds, with advice on where the file belongs.
 *
 * <p>Under kapt (Kotlin), javac sees Java stubs of the Kotlin code and runs before the build copies
 * any resource: the interface's own source is then the {@code .kt} file that kapt's metadata names,
 * and the spec is looked up next to it and in its source set's resources folder ({@code
 * src/main/resources} beside {@code src/main/kotlin}) first. The class output is not read there: a
 * copy in it can only be the previous build's, older than the spec.
 */
public final class SpecLocator {

  /** What the search found. */
  public sealed interface Result {}

  /**
   * The spec's bytes, at most {@link SpecReader#MAX_BYTES} + 1 of them.
   *
   * @param bytes the content read
   * @param location where it was found, for messages
   * @param size the file's size in bytes: {@code bytes.length}, or more when the file is larger
   *     than what was read (counted up to {@link #MAX_COUNTED})
   * @param shown how diagnostics name the file ({@link ShownPath}): the source file in {@code
   *     src/main/resources} when what was read is the build's unchanged copy of it, else the file
   *     read
   * @param place where it was found, for the record of what the compilation read
   * @param path its path from that place, with {@code /} between names
   */
  public record Found(
      byte[] bytes, String location, long size, String shown, Input.Place place, String path)
      implements Result {}

  /** The most bytes counted of a spec too large to read, when its size cannot be asked. */
  public static final long MAX_COUNTED = 1L << 30;

  /**
   * The spec is in none of the places.
   *
   * @param resourcePath the spec's path from the root
   * @param tried each place tried, with why it failed
   * @param nearby a file of almost that name in a folder looked in, or of that name elsewhere in a
   *     root looked in ({@link Hint#SPEC_NEAR_MISS}, {@link Hint#SPEC_ELSEWHERE}), or {@link
   *     Hint#NONE}
   * @param advice what to do: where the file belongs, for this build
   */
  public record NotFound(
      String resourcePath, List<String> tried, Hint.Filled nearby, Hint.Filled advice)
      implements Result {
    public NotFound {
      tried = List.copyOf(tried);
    }
  }

  /**
   * The spec was found but could not be read.
   *
   * @param location where
   * @param reason why not
   */
  public record Unreadable(String location, String reason) implements Result {}

  private static final List<StandardLocation> LOCATIONS =
      List.of(
          StandardLocation.CLASS_OUTPUT, StandardLocation.SOURCE_PATH, StandardLocation.CLASS_PATH);

  /**
   * The option kapt passes to every processor (the folder for generated Kotlin sources): its
   * presence says the compilation is kapt's.
   */
  static final String KAPT_OPTION = "kapt.kotlin.generated";

  /** What a source set's folder of sources is named, in Maven's and Gradle's standard layout. */
  private static final List<String> SOURCE_FOLDER_NAMES = List.of("java", "kotlin");

  /** The most entries of one folder read for a near-miss name. */
  static final int MAX_LISTED = 1_000;

  /** The most files and folders visited, in all, for a file of the same name elsewhere. */
  static final int MAX_VISITED = 5_000;

  /** The deepest folder below a root visited for a file of the same name elsewhere. */
  static final int MAX_SEARCH_DEPTH = 12;

  private final ProcessingEnvironment env;
  private final Path workingDirectory;

  public SpecLocator(ProcessingEnvironment env) {
    this(env, ShownPath.workingDirectory());
  }

  /**
   * A locator whose diagnostics name files relative to {@code workingDirectory} ({@link
   * ShownPath}).
   */
  public SpecLocator(ProcessingEnvironment env, Path workingDirectory) {
    this.env = env;
    this.workingDirectory = workingDirectory;
  }

  /**
   * A folder looked in, for a near-miss name, and the root it is in (the folder above the spec's
   * package folders), for a file of the same name in another package's folder or in the root.
   */
  private record Folder(Path folder, Path root) {}

  /**
   * The interface's own source file, and the spec file next to it.
   *
   * @param label how the list of places tried names this place
   * @param source the {@code .java} file, or under kapt the {@code .kt} file of the stub
   * @param spec the spec's path next to it
   * @param resources the spec's path in the source set's resources folder, if the layout is Maven's
   *     or Gradle's ({@code src/<set>/java} or {@code src/<set>/kotlin})
   * @param fromRoot the spec's path from the root of the sources that holds the interface's source
   *     (its path from the package's folder when no root is found), for the record of inputs
   */
  private record Origin(
      String label, Path source, Path spec, Optional<Path> resources, String fromRoot) {}

  /**
   * Resolves {@code path} against {@code type}'s package (or the root, with a leading {@code /})
   * and reads the first copy found.
   */
  public Result locate(TypeElement type, String path) {
    PackageElement pkg = env.getElementUtils().getPackageOf(type);
    Optional<String> resolved = resolve(pkg.getQualifiedName().toString(), path);
    if (resolved.isEmpty()) {
      return new NotFound(
          path,
          List.of("nowhere: the path leaves the root of the class path with '..'"),
          Hint.NONE.with(),
          Hint.PATH_ABOVE_ROOT.with());
    }
    String resource = resolved.get();
    List<String> tried = new ArrayList<>();
    List<Folder> folders = new ArrayList<>();
    boolean kapt = env.getOptions().containsKey(KAPT_OPTION);
    // Under kapt the source set's own files come first; elsewhere the interface's folder is last.
    Optional<Origin> origin = kapt ? origin(type, pkg, path, resource, tried) : Optional.empty();
    if (origin.isPresent()) {
      Optional<Result> result =
          fromFile(origin.get().label(), origin.get().spec(), origin.get().fromRoot(), tried);
      if (result.isEmpty() && origin.get().resources().isPresent()) {
        result =
            fromFile(
                "resources of the source set", origin.get().resources().get(), resource, tried);
      }
      if (result.isPresent()) {
        return result.get();
      }
    }
    for (StandardLocation location : LOCATIONS) {
      if (kapt && location == StandardLocation.CLASS_OUTPUT) {
        tried.add(notReadUnderKapt(env.getFiler(), resource));
        continue;
      }
      Optional<Result> result = fromFiler(location, resource, tried, folders);
      if (result.isPresent()) {
        return kapt || location == StandardLocation.SOURCE_PATH
            ? result.get()
            : fromSource(result.get(), type, pkg, path, resource);
      }
    }
    if (!kapt) {
      origin = origin(type, pkg, path, resource, tried);
      if (origin.isPresent()) {
        Optional<Result> result =
            fromFile(origin.get().label(), origin.get().spec(), origin.get().fromRoot(), tried);
        if (result.isPresent()) {
          return result.get();
        }
      }
    }
    origin.ifPresent(o -> folders.addAll(0, folders(o, resource)));
    sourcePathFolder(type, pkg, resource).ifPresent(folders::add);
    return new NotFound(
        resource, tried, nearby(folders, resource), advice(type, origin, resource, kapt));
  }

  /**
   * {@code found}, named by its source file when it is a copy that the build made of the source
   * set's resources (Maven copies {@code src/main/resources} to {@code target/classes}) and is the
   * same, byte for byte: the place to edit, and the same lines and columns.
   */
  private Result fromSource(
      Result found, TypeElement type, PackageElement pkg, String path, String resource) {
    if (!(found instanceof Found copy)) {
      return found;
    }
    Optional<Path> source =
        origin(type, pkg, path, resource, new ArrayList<>())
            .flatMap(Origin::resources)
            .filter(Files::isRegularFile);
    try {
      if (source.isPresent()
          && Files.size(source.get()) == copy.size()
          && java.util.Arrays.equals(Files.readAllBytes(source.get()), copy.bytes())) {
        return new Found(
            copy.bytes(),
            copy.location(),
            copy.size(),
            ShownPath.of(source.get(), workingDirectory),
            copy.place(),
            copy.path());
      }
    } catch (IOException | RuntimeException e) {
      // Not readable: name the file read.
    }
    return found;
  }

  /**
   * The path of {@code path} from the root, as {@code Class.getResource} resolves it against {@code
   * packageName}; empty when {@code ..} climbs above the root.
   */
  public static Optional<String> resolve(String packageName, String path) {
    String joined =
        path.startsWith("/")
            ? path.substring(1)
            : (packageName.isEmpty() ? "" : packageName.replace('.', '/') + "/") + path;
    List<String> segments = new ArrayList<>();
    for (String segment : joined.split("/")) {
      if (segment.isEmpty() || segment.equals(".")) {
        continue;
      }
      if (segment.equals("..")) {
        if (segments.isEmpty()) {
          return Optional.empty();
        }
        segments.remove(segments.size() - 1);
      } else {
        segments.add(segment);
      }
    }
    return segments.isEmpty() ? Optional.empty() : Optional.of(String.join("/", segments));
  }

  private Optional<Result> fromFiler(
      JavaFileManager.Location location,
      String resource,
      List<String> tried,
      List<Folder> folders) {
    String where = describe(location) + ": " + resource;
    URI uri = null;
    try {
      FileObject file = env.getFiler().getResource(location, "", resource);
      uri = file.toUri();
      where = describe(location) + ": " + uri;
      try (InputStream in = file.openInputStream()) {
        return Optional.of(
            read(
                in,
                where,
                ShownPath.of(uri, resource, workingDirectory),
                place(location),
                resource));
      }
    } catch (IOException | RuntimeException | LinkageError e) {
      if (e instanceof IOException && isExistingFile(uri)) {
        // It is there but cannot be read (a folder, no permission): say so, not "not found".
        return Optional.of(new Unreadable(where, reason(e)));
      }
      // Missing files surface here as NoSuchFileException / FileNotFoundException; locations the
      // compiler does not support (Eclipse, some build tools) as IllegalArgumentException.
      tried.add(where + " (" + reason(e) + ")");
      folder(uri, resource).ifPresent(folders::add);
      return Optional.empty();
    }
  }

  /** The folder of a file the filer named, and the root above it; empty when not a file. */
  private static Optional<Folder> folder(URI uri, String resource) {
    try {
      if (uri == null || !"file".equals(uri.getScheme())) {
        return Optional.empty();
      }
      Path folder = Path.of(uri).getParent();
      Path root = folder;
      for (int i = resource.split("/").length - 1; i > 0 && root != null; i--) {
        root = root.getParent();
      }
      return root == null ? Optional.empty() : Optional.of(new Folder(folder, root));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The folder of the source path where the spec would be, found through the interface's own source
   * file there: the one folder of the source path the filer of ecj (which names no file it does not
   * find) lets the locator list. Empty when the source path is not a folder.
   */
  private Optional<Folder> sourcePathFolder(TypeElement type, PackageElement pkg, String resource) {
    if (type.getNestingKind().isNested()) {
      return Optional.empty();
    }
    String packagePath =
        pkg.isUnnamed() ? "" : pkg.getQualifiedName().toString().replace('.', '/') + "/";
    try {
      URI uri =
          env.getFiler()
              .getResource(
                  StandardLocation.SOURCE_PATH, "", packagePath + type.getSimpleName() + ".java")
              .toUri();
      if (!"file".equals(uri.getScheme())) {
        return Optional.empty();
      }
      Path root = Path.of(uri).getParent();
      for (int i = packagePath.split("/").length; i > 0 && !packagePath.isEmpty(); i--) {
        root = root == null ? null : root.getParent();
      }
      return root == null
          ? Optional.empty()
          : Optional.of(new Folder(root.resolve(resource).getParent(), root));
    } catch (IOException | RuntimeException | LinkageError e) {
      return Optional.empty();
    }
  }

  /** The folders beside the interface's source: its own, and its source set's resources. */
  private static List<Folder> folders(Origin origin, String resource) {
    List<Folder> folders = new ArrayList<>();
    origin.resources().flatMap(r -> folder(r.toUri(), resource)).ifPresent(folders::add);
    Path folder = origin.spec().getParent();
    if (folder != null) {
      Path root = folder;
      for (int i = resource.split("/").length - 1; i > 0 && root != null; i--) {
        root = root.getParent();
      }
      if (root != null) {
        folders.add(new Folder(folder, root));
      }
    }
    return folders;
  }

  /**
   * A file that is probably the one meant: of almost the same name in a folder looked in ({@code
   * payments-api-statuses.yaml} for {@code payment-api-statuses.yaml}), else of the same name in
   * another folder of a root looked in (another package's, or the root itself). Bounded: at most
   * {@link #MAX_LISTED} names of a folder, {@link #MAX_VISITED} files and folders in all.
   */
  private Hint.Filled nearby(List<Folder> folders, String resource) {
    String name = resource.substring(resource.lastIndexOf('/') + 1);
    List<Folder> existing =
        folders.stream().filter(f -> Files.isDirectory(f.folder())).distinct().toList();
    List<Path> roots =
        folders.stream().map(Folder::root).filter(Files::isDirectory).distinct().toList();
    for (Folder folder : existing) {
      List<String> names = new ArrayList<>();
      try (java.util.stream.Stream<Path> files = Files.list(folder.folder())) {
        files
            .limit(MAX_LISTED)
            .filter(Files::isRegularFile)
            .map(f -> f.getFileName().toString())
            .sorted()
            .forEach(names::add);
      } catch (IOException | RuntimeException e) {
        continue;
      }
      Optional<String> closest = Suggestions.closest(name, names);
      if (closest.isPresent() && !closest.get().equals(name)) {
        return Hint.SPEC_NEAR_MISS.with(
            closest.get(), ShownPath.of(folder.folder(), workingDirectory));
      }
    }
    int[] visited = {0};
    for (Path root : roots) {
      Optional<Path> other = sameName(root, resource, visited);
      if (other.isPresent()) {
        String fromRoot = root.relativize(other.get()).toString().replace('\\', '/');
        return Hint.SPEC_ELSEWHERE.with(
            ShownPath.of(other.get(), workingDirectory), "/" + fromRoot);
      }
    }
    return Hint.NONE.with();
  }

  /**
   * The first file below {@code root} named as {@code resource} is, other than {@code resource}
   * itself (a file the compilation cannot see, which the advice is about), in sorted order, within
   * the bounds.
   */
  private static Optional<Path> sameName(Path root, String resource, int[] visited) {
    String name = resource.substring(resource.lastIndexOf('/') + 1);
    java.util.ArrayDeque<Path> queue = new java.util.ArrayDeque<>(List.of(root));
    while (!queue.isEmpty()) {
      Path folder = queue.removeFirst();
      List<Path> entries;
      try (java.util.stream.Stream<Path> files = Files.list(folder)) {
        entries = files.limit(MAX_LISTED).sorted().toList();
      } catch (IOException | RuntimeException e) {
        continue;
      }
      for (Path entry : entries) {
        if (++visited[0] > MAX_VISITED) {
          return Optional.empty();
        }
        if (Files.isDirectory(entry, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          if (root.relativize(entry).getNameCount() < MAX_SEARCH_DEPTH) {
            queue.addLast(entry);
          }
        } else if (entry.getFileName().toString().equals(name)
            && !root.relativize(entry).toString().replace('\\', '/').equals(resource)
            && Files.isRegularFile(entry)) {
          return Optional.of(entry);
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isExistingFile(URI uri) {
    try {
      return uri != null && "file".equals(uri.getScheme()) && Files.exists(Path.of(uri));
    } catch (RuntimeException e) {
      return false;
    }
  }

  /**
   * The interface's own source file, from javac's tree of it (or kapt's metadata of the stub), with
   * the places beside it where the spec may be; empty, with the reason added to {@code tried}, when
   * the compiler gives no file.
   */
  private Optional<Origin> origin(
      TypeElement type, PackageElement pkg, String path, String resource, List<String> tried) {
    try {
      URI uri = Trees.instance(env).getPath(type).getCompilationUnit().getSourceFile().toUri();
      Path source = Path.of(uri);
      String label = "next to the source";
      if (KaptStubs.isStub(source)) {
        label = "next to the Kotlin source";
        String binaryName = env.getElementUtils().getBinaryName(type).toString().replace('.', '/');
        try {
          source = KaptStubs.kotlinSource(source, binaryName);
        } catch (IOException | RuntimeException e) {
          tried.add(
              "next to the Kotlin source of "
                  + type.getSimpleName()
                  + " (kapt's metadata does not say which file it is: "
                  + reason(e)
                  + ")");
          return Optional.empty();
        }
      }
      Path folder = source.toAbsolutePath().getParent();
      String packageName = pkg.isUnnamed() ? "" : pkg.getQualifiedName().toString();
      Optional<Path> root = sourceRoot(folder, packageName);
      Path spec;
      if (path.startsWith("/")) {
        spec = root.orElseGet(() -> climb(folder, packageName)).resolve(path.substring(1));
      } else {
        spec = folder.resolve(path);
      }
      Optional<Path> resources =
          root.filter(r -> SOURCE_FOLDER_NAMES.contains(String.valueOf(r.getFileName())))
              .map(Path::getParent)
              .map(set -> set.resolve("resources").resolve(resource).normalize());
      Path normalized = spec.normalize();
      Path base = root.orElse(folder).normalize();
      String fromRoot =
          normalized.startsWith(base)
              ? base.relativize(normalized).toString().replace(File.separatorChar, '/')
              : resource;
      return Optional.of(new Origin(label, source, normalized, resources, fromRoot));
    } catch (RuntimeException | LinkageError e) {
      // In-memory sources, and compilers other than javac, have no file to look next to.
      tried.add(
          "next to the source of "
              + type.getSimpleName()
              + " (the compiler gives no file to look next to: "
              + reason(e)
              + ")");
      return Optional.empty();
    }
  }

  /**
   * The root of the source folder that holds {@code folder}, a source file's folder: the folder
   * above the package's folders, else (Kotlin files may sit in folders that leave out the package's
   * common prefix) the nearest folder named {@code kotlin} or {@code java}.
   */
  static Optional<Path> sourceRoot(Path folder, String packageName) {
    Path root = folder;
    String[] segments = packageName.isEmpty() ? new String[0] : packageName.split("\\.");
    for (int i = segments.length - 1; i >= 0 && root != null; i--) {
      root = String.valueOf(root.getFileName()).equals(segments[i]) ? root.getParent() : null;
    }
    if (root != null) {
      return Optional.of(root);
    }
    for (Path p = folder; p != null; p = p.getParent()) {
      if (SOURCE_FOLDER_NAMES.contains(String.valueOf(p.getFileName()))) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** {@code folder} with as many folders climbed as the package has names. */
  private static Path climb(Path folder, String packageName) {
    Path root = folder;
    int depth = packageName.isEmpty() ? 0 : packageName.split("\\.").length;
    for (int i = 0; i < depth && root.getParent() != null; i++) {
      root = root.getParent();
    }
    return root;
  }

  /**
   * Reads {@code file}, whose path from its root of sources or resources is {@code fromRoot}, or
   * adds why not to {@code tried}.
   */
  private Optional<Result> fromFile(String label, Path file, String fromRoot, List<String> tried) {
    if (!Files.isRegularFile(file)) {
      tried.add(label + ": " + file + " (no such file)");
      return Optional.empty();
    }
    try (InputStream in = Files.newInputStream(file)) {
      return Optional.of(
          read(
              in,
              label + ": " + file,
              ShownPath.of(file, workingDirectory),
              Input.Place.SOURCE_FOLDER,
              fromRoot));
    } catch (IOException | RuntimeException e) {
      return Optional.of(new Unreadable(file.toString(), reason(e)));
    }
  }

  /**
   * At most {@link SpecReader#MAX_BYTES} + 1 bytes of {@code in}; past that, the rest is only
   * counted (up to {@link #MAX_COUNTED}), so the error can give the file's size.
   */
  private static Found read(
      InputStream in, String where, String shown, Input.Place place, String path)
      throws IOException {
    byte[] bytes = in.readNBytes(SpecReader.MAX_BYTES + 1);
    long size = bytes.length;
    if (bytes.length > SpecReader.MAX_BYTES) {
      byte[] buffer = new byte[1 << 16];
      for (int n; size < MAX_COUNTED && (n = in.read(buffer)) > 0; ) {
        size += n;
      }
    }
    return new Found(bytes, where, size, shown, place, path);
  }

  /** The place of the record of inputs that a location of the Filer is. */
  private static Input.Place place(JavaFileManager.Location location) {
    if (location == StandardLocation.CLASS_OUTPUT) {
      return Input.Place.CLASS_OUTPUT;
    } else if (location == StandardLocation.SOURCE_PATH) {
      return Input.Place.SOURCE_PATH;
    } else {
      return Input.Place.CLASS_PATH;
    }
  }

  /** The class output under kapt, for the list of places tried: where it is, and why not read. */
  private static String notReadUnderKapt(Filer filer, String resource) {
    String where;
    try {
      where = filer.getResource(StandardLocation.CLASS_OUTPUT, "", resource).toUri().toString();
    } catch (IOException | RuntimeException | LinkageError e) {
      where = resource;
    }
    return describe(StandardLocation.CLASS_OUTPUT)
        + ": "
        + where
        + " (not read under kapt: kapt runs before the build copies resources there, so a copy"
        + " there is an older build's)";
  }

  /** Where the spec belongs, said for the build at hand. */
  private static Hint.Filled advice(
      TypeElement type, Optional<Origin> origin, String resource, boolean kapt) {
    if (!kapt
        && origin.isPresent()
        && origin.get().resources().filter(Files::isRegularFile).isPresent()) {
      // Paths from the project's folder (above src/main), to keep the advice short.
      Path resources = origin.get().resources().get();
      Path project = resources;
      for (int i = 0; i < 3 + resource.split("/").length && project != null; i++) {
        project = project.getParent();
      }
      Path base = project;
      Function<Path, Path> shown = p -> base != null && p.startsWith(base) ? base.relativize(p) : p;
      return Hint.SPEC_IN_UNSEEN_RESOURCES.with(
          shown.apply(resources).toString(),
          origin.get().source().getFileName().toString(),
          shown.apply(origin.get().spec()).toString());
    }
    return Hint.SPEC_BELONGS.with(resource, type.getSimpleName().toString());
  }

  private static String describe(JavaFileManager.Location location) {
    if (location == StandardLocation.CLASS_OUTPUT) {
      return "class output";
    } else if (location == StandardLocation.SOURCE_PATH) {
      return "source path";
    } else {
      return "class path";
    }
  }

  private static String reason(Throwable e) {
    String name = e.getClass().getSimpleName();
    if (e instanceof java.nio.file.NoSuchFileException
        || e instanceof java.io.FileNotFoundException) {
      return "no such file";
    }
    return e.getMessage() == null ? name : name + ": " + e.getMessage();
  }
}
