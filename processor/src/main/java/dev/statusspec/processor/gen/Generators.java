package dev.statusspec.processor.gen;

import dev.statusspec.processor.gen.adapters.FeignErrorDecoderGenerator;
import dev.statusspec.processor.gen.adapters.JakartaExceptionMapperGenerator;
import dev.statusspec.processor.gen.adapters.MicroProfileResponseExceptionMapperGenerator;
import dev.statusspec.processor.gen.adapters.ProblemsGenerator;
import dev.statusspec.processor.gen.adapters.SpringControllerAdviceGenerator;
import dev.statusspec.processor.gen.adapters.SpringResponseErrorHandlerGenerator;
import dev.statusspec.processor.model.Output;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Every generator, in the order their files are written: the one list to add a generator to. */
public final class Generators {

  private static final List<Generator> ALL =
      List.of(
          new StatusEnumGenerator(),
          new ExceptionGenerator(),
          new StatusHandlerGenerator(),
          new ExceptionHandlerGenerator(),
          new OperationGenerator(),
          new ReferencePageGenerator(),
          new ProblemsGenerator(),
          new SpringControllerAdviceGenerator(),
          new SpringResponseErrorHandlerGenerator(),
          new JakartaExceptionMapperGenerator(),
          new MicroProfileResponseExceptionMapperGenerator(),
          new FeignErrorDecoderGenerator());

  /**
   * The framework annotations the generated adapters carry, which the processor claims in a round
   * where only its own code has them (else {@code -Xlint:processing} warns that no processor
   * claimed them).
   */
  private static final Set<String> FRAMEWORK_ANNOTATIONS =
      Set.of(
          "org.springframework.web.bind.annotation.RestControllerAdvice",
          "org.springframework.web.bind.annotation.ExceptionHandler",
          "jakarta.ws.rs.ext.Provider",
          "jakarta.ws.rs.core.Context");

  private Generators() {}

  /** The framework annotations the generated adapters carry; see {@link #FRAMEWORK_ANNOTATIONS}. */
  public static Set<String> frameworkAnnotations() {
    return FRAMEWORK_ANNOTATIONS;
  }

  /** Every generator. */
  public static List<Generator> all() {
    return ALL;
  }

  /** What every generator declares for {@code types}, in the order the files are written. */
  public static List<Output> outputs(SpecTypes types) {
    List<Output> outputs = new ArrayList<>();
    for (Generator generator : ALL) {
      outputs.addAll(generator.outputs(types));
    }
    return outputs;
  }
}
