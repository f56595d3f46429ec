package com.example.shop;

import dev.statusspec.StatusSpec;

/** The shop's order API. */
@StatusSpec("shop-statuses.yaml")
public interface ShopApi {}
