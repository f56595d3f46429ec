package com.example.shop;

/** Uses the code both processors generated. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    Order order = Order.of("7", ShopStatus.resolve(409, "out_of_stock").orElseThrow());
    System.out.println(order);
    System.out.println(order.equals(Order.of("7", ShopStatus.OUT_OF_STOCK)));
    System.out.println(order.status().toException("no stock").getClass().getSimpleName());
  }
}
