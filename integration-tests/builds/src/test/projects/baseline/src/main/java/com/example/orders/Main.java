package com.example.orders;

import java.util.ArrayList;
import java.util.List;

public final class Main {
  private Main() {}

  public static void main(String[] args) {
    List<String> statuses = new ArrayList<>();
    for (OrdersStatus status : OrdersStatus.values()) {
      statuses.add(status.code() + " " + status.reasonPhrase());
    }
    System.out.println(String.join(", ", statuses));
  }
}
