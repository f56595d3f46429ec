package dev.statusspec.processor.gen.adapters;

import dev.statusspec.processor.gen.GeneratedFile;
import dev.statusspec.processor.gen.Target;
import java.util.Set;

/**
 * {@code META-INF/beans.xml}, written once per compilation that generates the Jakarta REST or
 * MicroProfile Rest Client adapter, so that Quarkus finds {@code PExceptionMapper}, {@code
 * PResponseExceptionMapper} and the module's REST client interfaces when they sit in a library the
 * app depends on: Quarkus builds its index of the app's own classes, and of a dependency only when
 * that jar has a Jandex index or a {@code META-INF/beans.xml} (whose content Quarkus ignores). A
 * Jandex index cannot be written by a processor (the classes do not exist yet), and a partial one
 * would hide the module's other classes from Quarkus.
 *
 * <p>Other CDI containers (Weld, OpenWebBeans) read the file: {@code
 * bean-discovery-mode="annotated"} is what a jar without one gets as an implicit bean archive, so
 * the module's classes with a bean-defining annotation are beans as before, and no other class
 * becomes one (the generated mappers have none). Never written where the module has its own {@code
 * beans.xml}: in the class output (where Maven copies {@code src/main/resources}) or in the {@code
 * resources} folder beside the interface's source root (where Gradle keeps it).
 */
public final class BeansXml {

  /** Its path in the class output. */
  public static final String PATH = "META-INF/beans.xml";

  /** The adapters whose types Quarkus must discover. */
  private static final Set<String> ADAPTERS = Set.of("jakarta", "microprofile");

  private static final String TEXT =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <!--
        Written by statusspec's processor because this module has the Jakarta REST or MicroProfile
        Rest Client adapter: it makes Quarkus index this jar, so that the generated mappers and the
        module's REST clients are found when an app depends on it. Discovery mode "annotated" is
        what a jar without beans.xml gets from other CDI containers. With your own
        src/main/resources/META-INF/beans.xml, none is written.
      -->
      <beans xmlns="https://jakarta.ee/xml/ns/jakartaee"
             xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
             xsi:schemaLocation="https://jakarta.ee/xml/ns/jakartaee https://jakarta.ee/xml/ns/jakartaee/beans_4_0.xsd"
             version="4.0" bean-discovery-mode="annotated">
      </beans>
      """;

  private BeansXml() {}

  /** Whether a compilation for {@code target} needs it: it generates one of the adapters. */
  public static boolean wanted(Target target) {
    return ADAPTERS.stream().anyMatch(target::adapts);
  }

  /** The file. */
  public static GeneratedFile.Resource file() {
    return new GeneratedFile.Resource(PATH, TEXT);
  }
}
