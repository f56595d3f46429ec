package dev.statusspec.it.mpopenapi;

import dev.statusspec.StatusSpec;

/**
 * The orders API's statuses: the processor generates {@code OrdersOASFilter} because MicroProfile
 * OpenAPI is on the class path.
 */
@StatusSpec("orders-statuses.yaml")
public interface Orders {}
