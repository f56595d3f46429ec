package com.example.orders;

import dev.statusspec.StatusSpec;

@StatusSpec(value = "orders-statuses.yaml", baseline = "orders-statuses.released.yaml")
public interface OrdersApi {}
