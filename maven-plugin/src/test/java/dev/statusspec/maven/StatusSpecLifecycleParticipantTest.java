package dev.statusspec.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.junit.jupiter.api.Test;

/** The executions the extension adds to a project's model, and the projects it leaves alone. */
class StatusSpecLifecycleParticipantTest {

  private static MavenProject project(String packaging, Plugin... plugins) {
    Model model = new Model();
    model.setGroupId("com.example");
    model.setArtifactId("app");
    model.setVersion("1");
    model.setPackaging(packaging);
    Build build = new Build();
    for (Plugin plugin : plugins) {
      build.addPlugin(plugin);
    }
    model.setBuild(build);
    return new MavenProject(model);
  }

  private static Plugin statusspec() {
    Plugin plugin = new Plugin();
    plugin.setGroupId("dev.statusspec");
    plugin.setArtifactId("statusspec-maven-plugin");
    plugin.setExtensions(true);
    return plugin;
  }

  @Test
  void bindsTheGoalBeforeCompileAndBeforeTestCompile() {
    Plugin plugin = statusspec();
    MavenProject project = project("jar", plugin);

    assertThat(StatusSpecLifecycleParticipant.bind(project)).isTrue();

    assertThat(plugin.getExecutions())
        .extracting(PluginExecution::getId, PluginExecution::getPhase, PluginExecution::getGoals)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "statusspec-main", "process-resources", List.of("refresh")),
            org.assertj.core.groups.Tuple.tuple(
                "statusspec-test", "process-test-resources", List.of("refresh")));
    assertThat(plugin.getExecutionsAsMap()).containsOnlyKeys("statusspec-main", "statusspec-test");
    assertThat(configuration(plugin, 0).getChild("test").getValue()).isEqualTo("false");
    assertThat(configuration(plugin, 1).getChild("test").getValue()).isEqualTo("true");
  }

  @Test
  void theExecutionsHaveThePluginsConfiguration() throws Exception {
    Plugin plugin = statusspec();
    plugin.setConfiguration(
        org.codehaus.plexus.util.xml.Xpp3DomBuilder.build(
            new java.io.ByteArrayInputStream(
                "<configuration><skip>true</skip></configuration>"
                    .getBytes(StandardCharsets.UTF_8)),
            "UTF-8"));

    StatusSpecLifecycleParticipant.bind(project("jar", plugin));

    assertThat(configuration(plugin, 0).getChild("skip").getValue()).isEqualTo("true");
    assertThat(configuration(plugin, 1).getChild("skip").getValue()).isEqualTo("true");
    assertThat(configuration(plugin, 1).getChild("test").getValue()).isEqualTo("true");
  }

  @Test
  void aProjectThatBindsTheGoalItselfIsLeftAlone() {
    Plugin plugin = statusspec();
    PluginExecution own = new PluginExecution();
    own.setId("mine");
    own.setPhase("generate-resources");
    own.setGoals(List.of("refresh"));
    plugin.addExecution(own);

    assertThat(StatusSpecLifecycleParticipant.bind(project("jar", plugin))).isFalse();
    assertThat(plugin.getExecutions()).containsExactly(own);
  }

  @Test
  void projectsWithoutThePluginOrWithNothingToCompileAreLeftAlone() {
    Plugin other = new Plugin();
    other.setGroupId("org.apache.maven.plugins");
    other.setArtifactId("maven-compiler-plugin");
    assertThat(StatusSpecLifecycleParticipant.bind(project("jar", other))).isFalse();
    assertThat(other.getExecutions()).isEmpty();

    Plugin plugin = statusspec();
    assertThat(StatusSpecLifecycleParticipant.bind(project("pom", plugin))).isFalse();
    assertThat(plugin.getExecutions()).isEmpty();
  }

  @Test
  void thePlexusDescriptorRegistersTheParticipant() throws Exception {
    try (var in =
        StatusSpecLifecycleParticipant.class.getResourceAsStream(
            "/META-INF/plexus/components.xml")) {
      Xpp3Dom component =
          org.codehaus.plexus.util.xml.Xpp3DomBuilder.build(in, "UTF-8")
              .getChild("components")
              .getChild("component");
      assertThat(component.getChild("role").getValue())
          .isEqualTo(org.apache.maven.AbstractMavenLifecycleParticipant.class.getName());
      assertThat(component.getChild("implementation").getValue())
          .isEqualTo(StatusSpecLifecycleParticipant.class.getName());
    }
  }

  private static Xpp3Dom configuration(Plugin plugin, int execution) {
    return (Xpp3Dom) plugin.getExecutions().get(execution).getConfiguration();
  }
}
