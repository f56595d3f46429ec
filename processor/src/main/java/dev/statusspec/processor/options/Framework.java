package dev.statusspec.processor.options;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A framework that statusspec generates adapters for, with its name in the {@code
 * statusspec.adapters} option and the type whose presence on the compile class path means the
 * framework is there.
 */
public enum Framework {
  /** Spring Framework's web support ({@code spring-web}, Spring Boot 3 and 4). */
  SPRING("spring", "org.springframework.http.ProblemDetail"),
  /** Jakarta REST 3.1 and 4.0 ({@code jakarta.ws.rs-api}). */
  JAKARTA("jakarta", "jakarta.ws.rs.ext.ExceptionMapper"),
  /** MicroProfile Rest Client 3.0 and later. */
  MICROPROFILE("microprofile", "org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper"),
  /** OpenFeign 12 and later ({@code feign-core}). */
  FEIGN("feign", "feign.codec.ErrorDecoder");

  private final String optionName;
  private final String markerType;

  Framework(String optionName, String markerType) {
    this.optionName = optionName;
    this.markerType = markerType;
  }

  /** Its name in {@code statusspec.adapters}. */
  public String optionName() {
    return optionName;
  }

  /** The qualified name of a type the framework always has. */
  public String markerType() {
    return markerType;
  }

  /** The framework named {@code name} in the option, if any. */
  public static Optional<Framework> named(String name) {
    return Arrays.stream(values()).filter(f -> f.optionName.equals(name)).findFirst();
  }

  /** Every option name, in the order the documentation lists them. */
  public static List<String> optionNames() {
    return Arrays.stream(values()).map(Framework::optionName).toList();
  }
}
