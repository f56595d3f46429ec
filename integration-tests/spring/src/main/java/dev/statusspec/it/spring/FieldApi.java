package dev.statusspec.it.spring;

import dev.statusspec.StatusSpec;

/**
 * The Field API's statuses; with Spring on the class path the processor also generates {@code
 * FieldApiProblems}, {@code FieldApiControllerAdvice} and {@code FieldApiResponseErrorHandler}.
 */
@StatusSpec("field-api-statuses.yaml")
public interface FieldApi {}
