package dev.statusspec.processor.gen.adapters;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Every framework adapter, in the order their files are written and the documentation lists them:
 * the one list to add an adapter to. What the rest of the processor knows of adapters (the option's
 * allowed names, the annotations claimed, the foreign names to qualify) is derived from it.
 */
public final class Adapters {

  private static final List<Adapter> ALL =
      List.of(
          new SpringAdapter(),
          new JakartaAdapter(),
          new MicroProfileAdapter(),
          new FeignAdapter(),
          new SpringdocAdapter(),
          new MicroProfileOpenApiAdapter(),
          new GrpcAdapter(),
          new JdkHttpAdapter(),
          new WebFluxAdapter(),
          new MicronautAdapter());

  private static final Set<String> CLAIMED = collect(Adapter::claimedAnnotations);

  private static final Set<String> FOREIGN = collect(Adapter::foreignTypes);

  private Adapters() {}

  private static Set<String> collect(Function<Adapter, Set<String>> names) {
    Set<String> all = new TreeSet<>();
    ALL.forEach(a -> all.addAll(names.apply(a)));
    return Collections.unmodifiableSet(all);
  }

  /** Every adapter. */
  public static List<Adapter> all() {
    return ALL;
  }

  /** Every adapter's name in {@code statusspec.adapters}, in order. */
  public static List<String> names() {
    return ALL.stream().map(Adapter::name).toList();
  }

  /** The framework annotations any adapter's types carry, sorted. */
  public static Set<String> claimedAnnotations() {
    return CLAIMED;
  }

  /** The simple names of the foreign types any adapter's code refers to, sorted. */
  public static Set<String> foreignTypes() {
    return FOREIGN;
  }
}
