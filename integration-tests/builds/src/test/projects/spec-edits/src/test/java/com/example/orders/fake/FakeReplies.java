package com.example.orders.fake;

/** An exhaustive handler in the test sources: a status added to the test spec breaks it. */
final class FakeReplies implements FakeApiStatusHandler<String> {

  @Override
  public String onOk() {
    return "ok";
  }

  @Override
  public String onServiceUnavailable() {
    return "later";
  }

  @Override
  public String onUnknown(int code) {
    return "unknown " + code;
  }
}
