package com.example.shop;

import dev.statusspec.StatusSpec;

/** The shop API's statuses. */
@StatusSpec("shop-statuses.yaml")
public interface ShopApi {}
