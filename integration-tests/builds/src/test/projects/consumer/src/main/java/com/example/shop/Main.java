package com.example.shop;

/** Prints what the generated code decides for a few responses. */
public final class Main {

  private Main() {}

  /** Decides, for each response, what to do. */
  static final class Decide implements ShopStatusHandler<String> {
    @Override
    public String onOk() {
      return "proceed";
    }

    @Override
    public String onNotFound() {
      return "report";
    }

    @Override
    public String onConflict() {
      return "merge";
    }

    @Override
    public String onOutOfStock() {
      return "back-order";
    }

    @Override
    @Deprecated
    public String onServiceUnavailable() {
      return "retry";
    }

    @Override
    public String onUnknown(int code) {
      return "unknown " + code;
    }
  }

  public static void main(String[] args) {
    Decide decide = new Decide();
    System.out.println(ShopStatus.dispatch(409, "out_of_stock", decide));
    System.out.println(ShopStatus.dispatch(503, null, decide));
    System.out.println(ShopStatus.dispatch(418, null, decide));
    ShopException e = ShopStatus.fromCode(404).toException("order 7");
    System.out.println(e.getClass().getSimpleName() + " " + e.code() + " " + e.getMessage());
  }
}
