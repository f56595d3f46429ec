package com.example.shop;

/** Uses the generated code, run from the module path. */
public final class Main {
  private Main() {}

  /**
   * Prints what the generated code says about a few responses, and the module it runs in.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.println(ShopStatus.fromCode(404).reasonPhrase());
    System.out.println(ShopStatus.resolve(409, "out_of_stock").orElseThrow().toException("x"));
    System.out.println(ShopStatus.class.getModule().getName());
  }
}
