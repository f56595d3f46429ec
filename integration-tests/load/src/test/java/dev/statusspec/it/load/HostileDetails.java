package dev.statusspec.it.load;

import java.util.SplittableRandom;

/**
 * The detail of request {@code n} of a load run: distinct for every {@code n} (it starts with
 * {@code #n}), the same on the server that throws it and on the client that checks it, and hostile
 * to every JSON writer: quotes, backslashes, {@code </script>}, every control character, U+2028 and
 * U+2029, surrogate pairs and lone surrogates (which UTF-8 cannot carry raw), non-Latin text,
 * format-string look-alikes, and a long text (5,000 to 8,000 chars) in one request of 50. Even
 * escaped six bytes a char, a long detail stays below the client adapters' 64 KiB bound on a body.
 */
public final class HostileDetails {

  private static final String[] PIECES = {
    "\"",
    "\\",
    "\\\"",
    "</script><script>alert(1)</script>",
    "\u2028",
    "\u2029",
    "\uD83D\uDE00",
    "\uD834\uDD1E",
    "\uD800",
    "\uDFFF",
    "é",
    "漢字",
    "${x}",
    "%s",
    "{0}",
    "&amp;",
    "'",
    "/",
    "\t",
    "\r\n",
    "\u007f",
    "\u0085",
    "\uFEFF",
    "\uFFFF",
    " ",
    "word",
    "\\u0041",
    "}{\"errorCode\":\"x\"}"
  };

  private HostileDetails() {}

  /**
   * The detail of request {@code n}.
   *
   * @param n the request's number, from 0
   * @return its detail, never empty
   */
  public static String of(long n) {
    SplittableRandom random = new SplittableRandom(n * 0x9E3779B97F4A7C15L + 7);
    int length = n % 50 == 49 ? 5_000 + random.nextInt(3_001) : 20 + random.nextInt(180);
    StringBuilder text = new StringBuilder(length + 40).append('#').append(n).append(' ');
    while (text.length() < length) {
      if (random.nextInt(4) == 0) {
        text.append((char) random.nextInt(0x20));
      } else {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
    }
    return text.toString();
  }

  /**
   * The request whose detail {@code detail} is, read from its {@code #n} prefix.
   *
   * @param detail a detail of {@link #of}, or anything else
   * @return the request's number, or -1 when {@code detail} is no detail of {@link #of}
   */
  public static long requestOf(String detail) {
    if (detail == null || !detail.startsWith("#")) {
      return -1;
    }
    int end = detail.indexOf(' ');
    try {
      long n = Long.parseLong(detail.substring(1, end < 0 ? detail.length() : end));
      return n >= 0 && of(n).equals(detail) ? n : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
