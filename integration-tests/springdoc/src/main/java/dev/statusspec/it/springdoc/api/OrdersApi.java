package dev.statusspec.it.springdoc.api;

import dev.statusspec.StatusSpec;

/**
 * The Orders API's statuses; with springdoc on the class path the processor also generates {@code
 * OrdersApiOpenApiCustomizer}, which component scanning of this package finds.
 */
@StatusSpec("orders-statuses.yaml")
public interface OrdersApi {}
