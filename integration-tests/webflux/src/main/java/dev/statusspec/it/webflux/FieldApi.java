package dev.statusspec.it.webflux;

import dev.statusspec.StatusSpec;

/**
 * The Field API's statuses; with Spring WebFlux on the class path the processor also generates
 * {@code FieldApiProblems}, {@code FieldApiControllerAdvice}, {@code FieldApiResponseErrorHandler},
 * {@code FieldApiExchangeFilter} and {@code FieldApiHttpClient}.
 */
@StatusSpec("field-api-statuses.yaml")
public interface FieldApi {}
