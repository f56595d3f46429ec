package com.example.orders;

/** An exhaustive handler: a status added to the spec breaks this class until it handles it. */
final class Policy implements OrdersApiStatusHandler<String> {

  @Override
  public String onOk() {
    return "proceed";
  }

  @Override
  public String onNotFound() {
    return "report";
  }

  // No @Override: the test removes 410 from the spec, and this method must then stay legal.
  public String onGone() {
    return "forget";
  }

  @Override
  public String onUnknown(int code) {
    return "unknown " + code;
  }
}
