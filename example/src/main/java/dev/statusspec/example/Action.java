package dev.statusspec.example;

/** What a client does after a response. */
public enum Action {
  /** The request succeeded: use the result. */
  PROCEED,
  /** Send the same request again, after a pause. */
  RETRY,
  /** Get fresh credentials, then send the request again. */
  REAUTHENTICATE,
  /** Nothing will change by retrying: report the failure to the user. */
  REPORT
}
