package dev.statusspec.benchmarks.cloud;

/**
 * A handler of the operation {@code getObject} as a client writes one: one method per status the
 * operation lists, each returning a constant, like {@link CloudNames} for the whole spec.
 */
public final class CloudGetObjectNames implements CloudGetObjectHandler<String> {

  @Override
  public String onOk() {
    return "Ok";
  }

  @Override
  public String onPartialContent() {
    return "PartialContent";
  }

  @Override
  public String onNotModified() {
    return "NotModified";
  }

  @Override
  public String onS3TemporaryRedirect() {
    return "S3TemporaryRedirect";
  }

  @Override
  public String onS3PermanentRedirect() {
    return "S3PermanentRedirect";
  }

  @Override
  public String onBadRequest() {
    return "BadRequest";
  }

  @Override
  public String onInvalidArgument() {
    return "InvalidArgument";
  }

  @Override
  public String onInvalidRange() {
    return "InvalidRange";
  }

  @Override
  public String onAccessDenied() {
    return "AccessDenied";
  }

  @Override
  public String onInvalidObjectState() {
    return "InvalidObjectState";
  }

  @Override
  public String onNoSuchKey() {
    return "NoSuchKey";
  }

  @Override
  public String onNoSuchBucket() {
    return "NoSuchBucket";
  }

  @Override
  public String onNoSuchVersion() {
    return "NoSuchVersion";
  }

  @Override
  public String onS3PreconditionFailed() {
    return "S3PreconditionFailed";
  }

  @Override
  public String onRangeNotSatisfiable() {
    return "RangeNotSatisfiable";
  }

  @Override
  public String onExpiredToken() {
    return "ExpiredToken";
  }

  @Override
  public String onInternalError() {
    return "InternalError";
  }

  @Override
  public String onInternalServerError() {
    return "InternalServerError";
  }

  @Override
  public String onServiceUnavailable() {
    return "ServiceUnavailable";
  }

  @Override
  public String onSlowDown() {
    return "SlowDown";
  }

  @Override
  public String onUnknown(int code) {
    return "Unknown";
  }
}
