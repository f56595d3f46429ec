package dev.statusspec.example;

/**
 * Decides what the client does for each status of the Field API. It implements the generated
 * handler, so it handles every status of the spec: a status added to {@code
 * field-api-statuses.yaml} makes this class fail to compile until it decides what to do there.
 */
public final class RecoveryPolicy implements FieldApiStatusHandler<Action> {

  @Override
  public Action onOk() {
    return Action.PROCEED;
  }

  @Override
  public Action onCreated() {
    return Action.PROCEED;
  }

  @Override
  public Action onBadRequest() {
    return Action.REPORT;
  }

  @Override
  public Action onUnauthorized() {
    return Action.REAUTHENTICATE;
  }

  @Override
  public Action onPaymentRequired() {
    return Action.REPORT;
  }

  @Override
  public Action onForbidden() {
    return Action.REPORT; // unlike 401, authenticating again will not make a difference
  }

  @Override
  public Action onNotFound() {
    return Action.REPORT;
  }

  @Override
  public Action onConflict() {
    return Action.REPORT;
  }

  @Override
  public Action onTenantSuspended() {
    return Action.REPORT;
  }

  @Override
  public Action onInternalServerError() {
    return Action.REPORT;
  }

  @Override
  public Action onServiceUnavailable() {
    return Action.RETRY;
  }

  @Override
  public Action onUnknown(int code) {
    // A code the spec does not know yet, e.g. one a newer server added: retry server errors.
    return code >= 500 ? Action.RETRY : Action.REPORT;
  }
}
