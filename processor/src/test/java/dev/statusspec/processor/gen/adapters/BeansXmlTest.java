package dev.statusspec.processor.gen.adapters;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.statusspec.processor.gen.adapters.AdapterVersionsTest.jars;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.statusspec.processor.testing.Fixture;
import dev.statusspec.processor.testing.MatrixSpecs;
import dev.statusspec.processor.testing.ProcessorPath;
import dev.statusspec.processor.testing.SourceTree;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code META-INF/beans.xml}, which makes Quarkus index a library holding the Jakarta REST or
 * MicroProfile Rest Client adapter: written once per compilation that generates one of them, in
 * CDI's "annotated" discovery mode; never otherwise, and never over the module's own.
 */
class BeansXmlTest {

  private static Compilation compile(Fixture fixture, List<File> classPath, String... options) {
    List<String> all = new ArrayList<>(List.of("-Xlint:all", "-Werror"));
    all.addAll(List.of(options));
    return fixture.withClassPath(classPath).compile(all.toArray(String[]::new));
  }

  private static Fixture api() {
    return Fixture.spec(AdapterVersionsTest.SPEC);
  }

  private static Optional<String> beansXml(Compilation compilation) throws IOException {
    Optional<JavaFileObject> file =
        compilation.generatedFile(StandardLocation.CLASS_OUTPUT, BeansXml.PATH);
    if (file.isEmpty()) {
      return Optional.empty();
    }
    try (InputStream in = file.get().openInputStream()) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      in.transferTo(bytes);
      return Optional.of(bytes.toString(StandardCharsets.UTF_8));
    }
  }

  @Test
  void theJakartaAdapterBringsItInAnnotatedMode() throws IOException {
    Compilation compilation = compile(api(), jars("jakarta-rest-3.1"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(beansXml(compilation))
        .hasValueSatisfying(
            xml ->
                assertThat(xml)
                    .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                    .contains("xmlns=\"https://jakarta.ee/xml/ns/jakartaee\"")
                    .contains("version=\"4.0\" bean-discovery-mode=\"annotated\"")
                    .contains("Quarkus"));
  }

  @Test
  void theMicroProfileAdapterAloneBringsItToo() throws IOException {
    Compilation compilation =
        compile(
            api(),
            jars("jakarta-rest-3.1", "microprofile-rest-client-4.0"),
            "-Astatusspec.adapters=microprofile");
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(beansXml(compilation)).isPresent();
  }

  @Test
  void otherAdaptersOrNoneDoNot() throws IOException {
    assertThat(beansXml(compile(api(), List.of()))).isEmpty();
    assertThat(beansXml(compile(api(), jars("feign-13")))).isEmpty();
    assertThat(beansXml(compile(api(), jars("jakarta-rest-3.1"), "-Astatusspec.adapters=none")))
        .isEmpty();
    assertThat(
            beansXml(
                compile(
                    api(), jars("jakarta-rest-3.1", "feign-13"), "-Astatusspec.adapters=feign")))
        .isEmpty();
  }

  @Test
  void twoInterfacesWriteItOnce() throws IOException {
    Fixture two =
        api()
            .withInterface(
                "com.example.Other",
                "package com.example;\n@dev.statusspec.StatusSpec(\"statuses.yaml\")\n"
                    + "public interface Other {}\n");
    Compilation compilation = compile(two, jars("jakarta-rest-3.1"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(beansXml(compilation)).isPresent();
  }

  /** javac on real folders, as a build runs it: the module's own beans.xml is never replaced. */
  @Test
  void theModulesOwnIsKeptWhereverTheBuildPutsIt(@TempDir Path temp) throws IOException {
    String own = "<beans bean-discovery-mode=\"all\"/>\n";

    // Maven: src/main/resources already copied to the class output.
    SourceTree maven = SourceTree.in(temp).withSpec(MatrixSpecs.PROBLEM);
    Files.createDirectories(maven.out().resolve("META-INF"));
    Files.writeString(maven.out().resolve(BeansXml.PATH), own);
    assertThat(javac(maven)).isEmpty();
    assertThat(maven.out().resolve(BeansXml.PATH)).content().isEqualTo(own);

    // Gradle: the resources folder beside the source root, not in the class output.
    SourceTree gradle = SourceTree.in(temp).withSpec(MatrixSpecs.PROBLEM);
    Path beside = gradle.src().resolveSibling("resources").resolve(BeansXml.PATH);
    Files.createDirectories(beside.getParent());
    Files.writeString(beside, own);
    assertThat(javac(gradle)).isEmpty();
    assertThat(gradle.out().resolve(BeansXml.PATH)).doesNotExist();

    // Neither: written.
    SourceTree plain = SourceTree.in(temp).withSpec(MatrixSpecs.PROBLEM);
    assertThat(javac(plain)).isEmpty();
    assertThat(plain.out().resolve(BeansXml.PATH)).content().contains("annotated");
  }

  /** Compiles {@code tree} with Jakarta REST on the class path; javac's output, empty if clean. */
  private static String javac(SourceTree tree) {
    String classPath =
        Stream.concat(
                Stream.of(ProcessorPath.annotations().toString()),
                jars("jakarta-rest-3.1").stream().map(File::getAbsolutePath))
            .collect(Collectors.joining(File.pathSeparator));
    List<String> args =
        new ArrayList<>(
            List.of(
                "-Xlint:all,-processing",
                "-Werror",
                "-cp",
                classPath,
                "-processorpath",
                ProcessorPath.processor(),
                "-sourcepath",
                tree.src().toString(),
                "-s",
                tree.generated().toString(),
                "-d",
                tree.out().toString()));
    args.addAll(tree.sourceFiles());
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    int status =
        ToolProvider.getSystemJavaCompiler().run(null, output, output, args.toArray(String[]::new));
    String text = output.toString(StandardCharsets.UTF_8);
    assertThat(status).as(text).isZero();
    return text;
  }
}
