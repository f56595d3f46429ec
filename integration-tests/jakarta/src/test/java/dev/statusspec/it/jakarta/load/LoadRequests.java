package dev.statusspec.it.jakarta.load;

import dev.statusspec.it.jakarta.FieldApiException;
import dev.statusspec.it.jakarta.FieldApiStatus;
import dev.statusspec.it.load.HostileDetails;
import dev.statusspec.it.load.Problem;
import java.util.Arrays;
import java.util.List;

/**
 * Request {@code n} of a load run, the same for every client: the status it asks for (the spec's
 * error statuses in turn), its path, and what must come back.
 */
public final class LoadRequests {

  private static final List<FieldApiStatus> ERRORS =
      Arrays.stream(FieldApiStatus.values()).filter(FieldApiStatus::isError).toList();

  private LoadRequests() {}

  /** The status request {@code n} asks for. */
  public static FieldApiStatus statusOf(long n) {
    return ERRORS.get((int) (n % ERRORS.size()));
  }

  /** The path of request {@code n}, which is also its problem's {@code instance}. */
  public static String path(long n) {
    return "/load/" + statusOf(n).code() + "/" + n;
  }

  /** The path and query of request {@code n}. */
  public static String uri(long n) {
    return path(n) + statusOf(n).errorCode().map(c -> "?errorCode=" + c).orElse("");
  }

  /** The body the server must answer request {@code n} with. */
  public static Problem expected(long n) {
    FieldApiStatus status = statusOf(n);
    return new Problem(
        status.code(),
        status.problemType().toString(),
        status.reasonPhrase(),
        HostileDetails.of(n),
        path(n),
        status.errorCode().orElse(null));
  }

  /**
   * What is wrong with the exception a client decoded of request {@code n}'s response, as {@code
   * "kind: what"}, or null when it is of the status's class with the request's detail.
   *
   * @param n the request
   * @param e what the client threw
   * @return null, or what is wrong
   */
  public static String decoded(long n, Throwable e) {
    if (!(e instanceof FieldApiException)) {
      return "class: " + e;
    }
    FieldApiException exception = (FieldApiException) e;
    FieldApiStatus status = statusOf(n);
    String detail = HostileDetails.of(n);
    String message = exception.getMessage();
    if (message != null && !message.equals(detail) && HostileDetails.requestOf(message) >= 0) {
      return "crosstalk: the detail of request " + HostileDetails.requestOf(message);
    }
    if (e.getClass() != status.toException("").getClass() || exception.status() != status) {
      return "class: " + e.getClass().getSimpleName() + " instead of " + status;
    }
    if (!detail.equals(message)) {
      return "message: " + message;
    }
    return null;
  }
}
