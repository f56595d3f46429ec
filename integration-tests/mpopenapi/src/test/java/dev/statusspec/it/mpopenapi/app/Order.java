package dev.statusspec.it.mpopenapi.app;

/** An order, the body SmallRye derives the success responses' schemas from. */
public class Order {

  /** The order's id. */
  public String id;

  /** How many items it has. */
  public int items;
}
