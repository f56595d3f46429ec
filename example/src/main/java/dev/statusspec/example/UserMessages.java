package dev.statusspec.example;

/**
 * Turns each error of the Field API into a message for the person using the app. It implements the
 * generated exception handler, so every error status has its message.
 */
public final class UserMessages implements FieldApiExceptionHandler<String> {

  @Override
  public String onBadRequest(BadRequestException e) {
    return "Please check what you entered: " + e.getMessage();
  }

  @Override
  public String onUnauthorized(UnauthorizedException e) {
    return "Please sign in again.";
  }

  @Override
  public String onPaymentRequired(PaymentRequiredException e) {
    return "Your subscription has expired; renew it to continue.";
  }

  @Override
  public String onForbidden(ForbiddenException e) {
    return "You do not have access to this.";
  }

  @Override
  public String onNotFound(NotFoundException e) {
    return "This no longer exists.";
  }

  @Override
  public String onConflict(ConflictException e) {
    return "This already exists.";
  }

  @Override
  public String onTenantSuspended(TenantSuspendedException e) {
    return "Your organisation's account is suspended; contact support.";
  }

  @Override
  public String onInternalServerError(InternalServerErrorException e) {
    return "Something went wrong on our side; we have been told.";
  }

  @Override
  public String onServiceUnavailable(ServiceUnavailableException e) {
    return "The service is busy; please try again in a minute.";
  }
}
