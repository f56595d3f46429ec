package dev.statusspec.maven;

import java.util.List;
import org.apache.maven.AbstractMavenLifecycleParticipant;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Binds the {@code refresh} goal in every project that declares this plugin with {@code
 * <extensions>true</extensions>}, so that one plugin block is the whole set-up: an execution {@code
 * statusspec-main} in {@code process-resources} (before {@code compile}) and {@code
 * statusspec-test} in {@code process-test-resources} (before {@code testCompile}), each with the
 * plugin's own configuration. A project that binds the goal itself in an execution of its own, or
 * whose packaging is {@code pom} (nothing to compile), is left as it is.
 *
 * <p>Maven calls it after reading the projects and before planning their builds, which read the
 * executions from the projects' models: it is the way a build extension adds default executions to
 * the packagings it does not own (a lifecycle mapping would replace {@code jar}'s). It is
 * registered in {@code META-INF/plexus/components.xml}.
 */
public final class StatusSpecLifecycleParticipant extends AbstractMavenLifecycleParticipant {

  /** The plugin's key, {@code groupId:artifactId}. */
  static final String PLUGIN_KEY = "dev.statusspec:statusspec-maven-plugin";

  /** The goal bound. */
  static final String GOAL = "refresh";

  /** Creates the participant; Maven's container does. */
  public StatusSpecLifecycleParticipant() {}

  @Override
  public void afterProjectsRead(MavenSession session) {
    for (MavenProject project : session.getProjects()) {
      bind(project);
    }
  }

  /**
   * Adds the two executions to {@code project}'s declaration of this plugin, unless it has none,
   * binds the goal itself, or has nothing to compile.
   *
   * @return whether it added them
   */
  static boolean bind(MavenProject project) {
    Plugin plugin = project.getPlugin(PLUGIN_KEY);
    if (plugin == null || "pom".equals(project.getPackaging())) {
      return false;
    }
    for (PluginExecution execution : plugin.getExecutions()) {
      if (execution.getGoals().contains(GOAL)) {
        return false;
      }
    }
    plugin.addExecution(execution(plugin, "statusspec-main", "process-resources", false));
    plugin.addExecution(execution(plugin, "statusspec-test", "process-test-resources", true));
    plugin.flushExecutionMap();
    return true;
  }

  /**
   * An execution of the goal in {@code phase}, configured as the plugin is (Maven merged the
   * plugin's configuration into the executions the model had; this one comes later).
   */
  private static PluginExecution execution(Plugin plugin, String id, String phase, boolean test) {
    PluginExecution execution = new PluginExecution();
    execution.setId(id);
    execution.setPhase(phase);
    execution.setGoals(List.of(GOAL));
    Xpp3Dom configuration = new Xpp3Dom("configuration");
    Xpp3Dom testFlag = new Xpp3Dom("test");
    testFlag.setValue(String.valueOf(test));
    configuration.addChild(testFlag);
    if (plugin.getConfiguration() instanceof Xpp3Dom shared) {
      configuration = Xpp3Dom.mergeXpp3Dom(configuration, new Xpp3Dom(shared));
    }
    execution.setConfiguration(configuration);
    return execution;
  }
}
