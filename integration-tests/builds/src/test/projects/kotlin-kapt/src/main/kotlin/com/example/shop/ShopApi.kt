package com.example.shop

import dev.statusspec.StatusSpec

/** The shop's order API; its spec is in src/main/resources/com/example/shop/. */
@StatusSpec("shop-statuses.yaml")
interface ShopApi

/** The inventory API; its spec is beside this file. */
@StatusSpec("inventory-statuses.yaml")
interface InventoryApi
