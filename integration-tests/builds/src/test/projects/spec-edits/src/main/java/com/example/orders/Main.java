package com.example.orders;

import java.util.StringJoiner;

/** Prints the statuses the generated enum has. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    StringJoiner statuses = new StringJoiner(", ");
    for (OrdersApiStatus status : OrdersApiStatus.values()) {
      statuses.add(
          status.code() + " " + status.reasonPhrase() + " -> " + status.accept(new Policy()));
    }
    System.out.println(statuses);
  }
}
