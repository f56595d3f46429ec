package dev.statusspec.it.quarkus.api;

import dev.statusspec.StatusSpec;

/**
 * The Field API's statuses, in a shared API library compiled against the Jakarta REST and
 * MicroProfile Rest Client APIs: the processor generates {@code FieldApiExceptionMapper} and {@code
 * FieldApiResponseExceptionMapper} here, with {@code META-INF/beans.xml} so that Quarkus indexes
 * the library.
 */
@StatusSpec("field-api-statuses.yaml")
public interface FieldApi {}
