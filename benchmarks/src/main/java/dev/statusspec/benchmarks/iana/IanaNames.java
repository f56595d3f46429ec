package dev.statusspec.benchmarks.iana;

/**
 * A handler as a client writes one: one method per status of the spec, each returning a constant
 * (so the benchmark measures the dispatch, not the handler). Written out from {@link
 * IanaStatusHandler}.
 */
public final class IanaNames implements IanaStatusHandler<String> {

  @Override
  public String onContinue() {
    return "Continue";
  }

  @Override
  public String onSwitchingProtocols() {
    return "SwitchingProtocols";
  }

  @Override
  public String onProcessing() {
    return "Processing";
  }

  @Override
  public String onEarlyHints() {
    return "EarlyHints";
  }

  @Override
  public String onUploadResumptionSupported() {
    return "UploadResumptionSupported";
  }

  @Override
  public String onOk() {
    return "Ok";
  }

  @Override
  public String onCreated() {
    return "Created";
  }

  @Override
  public String onAccepted() {
    return "Accepted";
  }

  @Override
  public String onNonAuthoritativeInformation() {
    return "NonAuthoritativeInformation";
  }

  @Override
  public String onNoContent() {
    return "NoContent";
  }

  @Override
  public String onResetContent() {
    return "ResetContent";
  }

  @Override
  public String onPartialContent() {
    return "PartialContent";
  }

  @Override
  public String onMultiStatus() {
    return "MultiStatus";
  }

  @Override
  public String onAlreadyReported() {
    return "AlreadyReported";
  }

  @Override
  public String onImUsed() {
    return "ImUsed";
  }

  @Override
  public String onMultipleChoices() {
    return "MultipleChoices";
  }

  @Override
  public String onMovedPermanently() {
    return "MovedPermanently";
  }

  @Override
  public String onFound() {
    return "Found";
  }

  @Override
  public String onSeeOther() {
    return "SeeOther";
  }

  @Override
  public String onNotModified() {
    return "NotModified";
  }

  @Override
  public String onUseProxy() {
    return "UseProxy";
  }

  @Override
  public String onTemporaryRedirect() {
    return "TemporaryRedirect";
  }

  @Override
  public String onPermanentRedirect() {
    return "PermanentRedirect";
  }

  @Override
  public String onBadRequest() {
    return "BadRequest";
  }

  @Override
  public String onUnauthorized() {
    return "Unauthorized";
  }

  @Override
  public String onPaymentRequired() {
    return "PaymentRequired";
  }

  @Override
  public String onForbidden() {
    return "Forbidden";
  }

  @Override
  public String onNotFound() {
    return "NotFound";
  }

  @Override
  public String onMethodNotAllowed() {
    return "MethodNotAllowed";
  }

  @Override
  public String onNotAcceptable() {
    return "NotAcceptable";
  }

  @Override
  public String onProxyAuthenticationRequired() {
    return "ProxyAuthenticationRequired";
  }

  @Override
  public String onRequestTimeout() {
    return "RequestTimeout";
  }

  @Override
  public String onConflict() {
    return "Conflict";
  }

  @Override
  public String onGone() {
    return "Gone";
  }

  @Override
  public String onLengthRequired() {
    return "LengthRequired";
  }

  @Override
  public String onPreconditionFailed() {
    return "PreconditionFailed";
  }

  @Override
  public String onContentTooLarge() {
    return "ContentTooLarge";
  }

  @Override
  public String onUriTooLong() {
    return "UriTooLong";
  }

  @Override
  public String onUnsupportedMediaType() {
    return "UnsupportedMediaType";
  }

  @Override
  public String onRangeNotSatisfiable() {
    return "RangeNotSatisfiable";
  }

  @Override
  public String onExpectationFailed() {
    return "ExpectationFailed";
  }

  @Override
  public String onMisdirectedRequest() {
    return "MisdirectedRequest";
  }

  @Override
  public String onUnprocessableContent() {
    return "UnprocessableContent";
  }

  @Override
  public String onLocked() {
    return "Locked";
  }

  @Override
  public String onFailedDependency() {
    return "FailedDependency";
  }

  @Override
  public String onTooEarly() {
    return "TooEarly";
  }

  @Override
  public String onUpgradeRequired() {
    return "UpgradeRequired";
  }

  @Override
  public String onPreconditionRequired() {
    return "PreconditionRequired";
  }

  @Override
  public String onTooManyRequests() {
    return "TooManyRequests";
  }

  @Override
  public String onRequestHeaderFieldsTooLarge() {
    return "RequestHeaderFieldsTooLarge";
  }

  @Override
  public String onUnavailableForLegalReasons() {
    return "UnavailableForLegalReasons";
  }

  @Override
  public String onInternalServerError() {
    return "InternalServerError";
  }

  @Override
  public String onNotImplemented() {
    return "NotImplemented";
  }

  @Override
  public String onBadGateway() {
    return "BadGateway";
  }

  @Override
  public String onServiceUnavailable() {
    return "ServiceUnavailable";
  }

  @Override
  public String onGatewayTimeout() {
    return "GatewayTimeout";
  }

  @Override
  public String onHttpVersionNotSupported() {
    return "HttpVersionNotSupported";
  }

  @Override
  public String onVariantAlsoNegotiates() {
    return "VariantAlsoNegotiates";
  }

  @Override
  public String onInsufficientStorage() {
    return "InsufficientStorage";
  }

  @Override
  public String onLoopDetected() {
    return "LoopDetected";
  }

  @Deprecated
  @Override
  public String onNotExtended() {
    return "NotExtended";
  }

  @Override
  public String onNetworkAuthenticationRequired() {
    return "NetworkAuthenticationRequired";
  }

  @Override
  public String onUnknown(int code) {
    return "Unknown";
  }
}
