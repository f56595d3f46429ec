package dev.statusspec.it.micronaut;

import dev.statusspec.StatusSpec;

/**
 * The Field API's statuses; with Micronaut's HTTP server and client on the class path the processor
 * also generates {@code FieldApiMicronautExceptionHandler} and {@code FieldApiMicronautClientFilter},
 * beans that micronaut-inject-java defines in the same compilation.
 */
@StatusSpec("field-api-statuses.yaml")
public interface FieldApi {}
