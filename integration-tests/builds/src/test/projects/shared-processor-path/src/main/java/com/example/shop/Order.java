package com.example.shop;

import com.google.auto.value.AutoValue;

/** An AutoValue class whose property is a type statusspec generates in the same compilation. */
@AutoValue
public abstract class Order {

  Order() {}

  /** The order's id. */
  public abstract String id();

  /** The status the API answered for it. */
  public abstract ShopStatus status();

  /** An order. */
  public static Order of(String id, ShopStatus status) {
    return new AutoValue_Order(id, status);
  }
}
