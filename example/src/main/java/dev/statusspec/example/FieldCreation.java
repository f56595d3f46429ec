package dev.statusspec.example;

/**
 * What became of a {@code createField} request, for the person who asked for the field. It
 * implements the generated handler of that one operation, so it answers exactly the statuses the
 * spec lists for {@code createField} and no others: a status added to the operation in the spec
 * makes this class fail to compile until it says what to do, while the statuses of other operations
 * (404 of {@code getField}, say) never concern it.
 */
public final class FieldCreation implements FieldApiCreateFieldHandler<String> {

  @Override
  public String onCreated() {
    return "The field was created.";
  }

  @Override
  public String onBadRequest() {
    return "The field's definition is not valid.";
  }

  @Override
  public String onUnauthorized() {
    return "Please sign in again.";
  }

  @Override
  public String onPaymentRequired() {
    return "Your subscription has expired; renew it to add fields.";
  }

  @Override
  public String onConflict() {
    return "A field with this name exists already.";
  }

  @Override
  public String onTenantSuspended() {
    return "Your account is suspended; contact support.";
  }

  @Override
  public String onServiceUnavailable() {
    return "The service is busy; try again in a minute.";
  }

  @Override
  public String onUnknown(int code) {
    return "Unexpected answer " + code + " from the Field API.";
  }
}
