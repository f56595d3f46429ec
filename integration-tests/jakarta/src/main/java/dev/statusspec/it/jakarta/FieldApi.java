package dev.statusspec.it.jakarta;

import dev.statusspec.StatusSpec;

/**
 * The Field API's statuses; with Jakarta REST, MicroProfile Rest Client and Feign on the class path
 * the processor also generates {@code FieldApiProblems}, {@code FieldApiExceptionMapper}, {@code
 * FieldApiResponseExceptionMapper} and {@code FieldApiErrorDecoder}.
 */
@StatusSpec("field-api-statuses.yaml")
public interface FieldApi {}
