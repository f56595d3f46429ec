package com.example.orders;

import dev.statusspec.StatusSpec;

/** The orders API's statuses. */
@StatusSpec("orders-statuses.yaml")
public interface OrdersApi {}
