package dev.statusspec.it.load;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The problem-details body (RFC 9457) the contract of DESIGN.md promises for one request, and the
 * check of a response against it.
 *
 * @param status the status code, also the {@code status} member
 * @param type the {@code type} member
 * @param title the {@code title} member, the reason phrase
 * @param detail the {@code detail} member, the exception's message
 * @param instance the {@code instance} member, the request's path
 * @param errorCode the errorCode member, or null when the status has none
 */
public record Problem(
    int status, String type, String title, String detail, String instance, String errorCode) {

  /** The members the body must have, and no other. */
  public Map<String, Object> members() {
    Map<String, Object> members = new LinkedHashMap<>();
    members.put("type", type);
    members.put("title", title);
    members.put("status", (long) status);
    members.put("detail", detail);
    members.put("instance", instance);
    if (errorCode != null) {
      members.put("errorCode", errorCode);
    }
    return members;
  }

  /**
   * What is wrong with a response, as {@code "kind: what"}, or null when it is exactly this
   * problem. The kinds are those {@link LoadRun.Result} counts: {@code code} (another status code),
   * {@code crosstalk} (the detail, or the instance, of another request of the run), {@code body}
   * (anything else: content type, not JSON, a member missing, extra or different).
   *
   * @param code the response's status code
   * @param contentType the response's {@code Content-Type}, or null
   * @param body the response's body
   * @return null, or what is wrong
   */
  public String check(int code, String contentType, String body) {
    if (code != status) {
      return "code: " + code + " instead of " + status;
    }
    if (contentType == null || !contentType.startsWith("application/problem+json")) {
      return "body: content type " + contentType;
    }
    Object json;
    try {
      json = StrictJson.read(body);
    } catch (IllegalArgumentException e) {
      return "body: not JSON (" + e.getMessage() + ")";
    }
    if (!(json instanceof Map<?, ?> actual)) {
      return "body: not an object";
    }
    Object otherDetail = actual.get("detail");
    if (otherDetail instanceof String text
        && !text.equals(detail)
        && HostileDetails.requestOf(text) >= 0) {
      return "crosstalk: the detail of request " + HostileDetails.requestOf(text);
    }
    Object otherInstance = actual.get("instance");
    if (otherInstance instanceof String path
        && !path.equals(instance)
        && path.startsWith("/load/")) {
      return "crosstalk: the instance " + path + " instead of " + instance;
    }
    Map<String, Object> expected = members();
    if (!actual.keySet().equals(expected.keySet())) {
      return "body: members " + actual.keySet() + " instead of " + expected.keySet();
    }
    for (Map.Entry<String, Object> member : expected.entrySet()) {
      if (!member.getValue().equals(actual.get(member.getKey()))) {
        return "body: member " + member.getKey() + " differs";
      }
    }
    return null;
  }

  /**
   * This problem with another detail.
   *
   * @param other the detail
   * @return the problem
   */
  public Problem withDetail(String other) {
    return new Problem(status, type, title, other, instance, errorCode);
  }
}
