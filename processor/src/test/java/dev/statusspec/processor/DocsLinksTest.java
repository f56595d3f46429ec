package dev.statusspec.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every relative link of README.md and docs/**&#47;*.md leads to a file, and every {@code #anchor}
 * to a heading of its page, named by GitHub's rules. Links to other sites are not followed; links
 * in fenced code blocks and code spans are not links.
 */
class DocsLinksTest {

  /** The repository's root: tests run in processor/. */
  private static final Path ROOT = Path.of("..");

  /** {@code [text](target)} or {@code ![alt](target)}, with an optional title. */
  private static final Pattern INLINE_LINK =
      Pattern.compile(
          "!?\\[((?:[^\\[\\]]|\\[[^\\[\\]]*\\])*)\\]\\(\\s*(<[^>\\n]*>|[^)\\s]+)"
              + "(?:\\s+(?:\"[^\"]*\"|'[^']*'))?\\s*\\)");

  /** {@code [label]: target}, a link reference definition. */
  private static final Pattern REFERENCE_DEFINITION =
      Pattern.compile("(?m)^ {0,3}\\[[^\\]\\n]+\\]:[ \\t]*(<[^>\\n]*>|\\S+)");

  /** A code span, which does not run past a blank line. */
  private static final Pattern CODE_SPAN =
      Pattern.compile("(`+)(?:(?!\\n[ \\t]*\\n)[\\s\\S])+?(?<!`)\\1(?!`)");

  /** An ATX heading: up to three spaces, 1 to 6 {@code #}, its text, optional closing #s. */
  private static final Pattern ATX_HEADING =
      Pattern.compile("^ {0,3}#{1,6}(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");

  /** The underline of a setext heading. */
  private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^ {0,3}(=+|-+)[ \\t]*$");

  /** An HTML anchor: {@code <a name="x">} or an element with {@code id="x"}. */
  private static final Pattern HTML_ANCHOR =
      Pattern.compile("<[a-zA-Z][^>]*\\s(?:name|id)=\"([^\"]+)\"");

  /** A URI with a scheme (http:, https:, mailto:...), or a protocol-relative one. */
  private static final Pattern EXTERNAL = Pattern.compile("^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//)");

  /** Markdown a heading's text may carry that GitHub renders away before making its slug. */
  private static final Pattern HEADING_LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");

  private static final Pattern HTML_TAG = Pattern.compile("<[^>]+>");

  /** What GitHub drops from a heading's text: all but letters, marks, digits, `_`, ` ` and `-`. */
  private static final Pattern NOT_SLUG = Pattern.compile("[^\\p{L}\\p{M}\\p{N}\\p{Pc} \\-]");

  private final Map<Path, Set<String>> anchorsByPage = new HashMap<>();

  @Test
  void everyRelativeLinkLeadsToAFileAndEveryAnchorToAHeading() throws IOException {
    List<Path> pages = pages();
    assertThat(pages).contains(ROOT.resolve("README.md").normalize());

    List<String> broken = new ArrayList<>();
    for (Path page : pages) {
      for (Link link : links(Files.readString(page))) {
        String problem = problem(page, link.target());
        if (problem != null) {
          broken.add(
              String.format("%s:%d: (%s): %s", display(page), link.line(), link.target(), problem));
        }
      }
    }
    assertThat(broken)
        .as("links of README.md and docs/ that lead nowhere (file:line: (link): why)")
        .isEmpty();
  }

  @Test
  void slugsFollowGitHubsRules() {
    assertThat(
            anchors(
                String.join(
                    "\n",
                    "# Evolution: the baseline",
                    "## `PStatus`",
                    "## Kotlin (kapt)",
                    "### A spec that makes javac 17 fail with a `StackOverflowError`.",
                    "## Options",
                    "## Options",
                    "## Options",
                    "## snake_case and [a link](x.md) and Café",
                    "```yaml",
                    "# yaml-language-server: $schema=statusspec.schema.json",
                    "```",
                    "Setext heading",
                    "==============",
                    "<a name=\"kept\"></a>")))
        .containsExactly(
            "evolution-the-baseline",
            "pstatus",
            "kotlin-kapt",
            "a-spec-that-makes-javac-17-fail-with-a-stackoverflowerror",
            "options",
            "options-1",
            "options-2",
            "snake_case-and-a-link-and-café",
            "setext-heading",
            "kept");
  }

  @Test
  void linksInCodeAreNotLinks() {
    List<Link> links =
        links(
            String.join(
                "\n",
                "See [the guide](docs/guide/README.md#top) and `[not](a-link.md)`.",
                "",
                "   ```markdown",
                "   [not a link either](nowhere.md)",
                "   ```",
                "[wrapped",
                "text](page.md \"title\") and ![an image](img.png)",
                "",
                "[ref]: reference.md#part"));
    assertThat(links)
        .containsExactly(
            new Link(1, "docs/guide/README.md#top"),
            new Link(6, "page.md"),
            new Link(7, "img.png"),
            new Link(9, "reference.md#part"));
  }

  /** What is wrong with {@code target} as a link of {@code page}, or null when nothing. */
  private String problem(Path page, String target) {
    if (EXTERNAL.matcher(target).find()) {
      return null;
    }
    int hash = target.indexOf('#');
    String path = hash < 0 ? target : target.substring(0, hash);
    String anchor = hash < 0 ? null : decode(target.substring(hash + 1));
    int query = path.indexOf('?');
    if (query >= 0) {
      path = path.substring(0, query);
    }
    Path file = path.isEmpty() ? page : page.getParent().resolve(decode(path)).normalize();
    if (!Files.exists(file)) {
      return "no such file " + display(file);
    }
    if (anchor == null || !file.getFileName().toString().endsWith(".md")) {
      return null;
    }
    Set<String> anchors = anchorsByPage.computeIfAbsent(file, DocsLinksTest::anchorsOf);
    if (!anchors.contains(anchor)) {
      return "no heading of "
          + display(file)
          + " has the anchor #"
          + anchor
          + "; its anchors: "
          + String.join(", ", anchors);
    }
    return null;
  }

  /** README.md and every Markdown file under docs/. */
  private static List<Path> pages() throws IOException {
    List<Path> pages = new ArrayList<>();
    pages.add(ROOT.resolve("README.md").normalize());
    try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
      pages.addAll(
          docs.filter(p -> p.toString().endsWith(".md"))
              .map(Path::normalize)
              .sorted()
              .collect(Collectors.toList()));
    }
    return pages;
  }

  private static String display(Path path) {
    return ROOT.toAbsolutePath()
        .normalize()
        .relativize(path.toAbsolutePath().normalize())
        .toString()
        .replace('\\', '/');
  }

  private static String decode(String text) {
    return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  /** A link's target as written, and the line where the link starts. */
  record Link(int line, String target) {}

  /** The links of a Markdown text, outside fenced code blocks and code spans. */
  static List<Link> links(String markdown) {
    String text = blankCodeSpans(blankFences(markdown));
    List<Link> links = new ArrayList<>();
    for (Pattern pattern : List.of(INLINE_LINK, REFERENCE_DEFINITION)) {
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        String target = m.group(m.groupCount());
        if (target.startsWith("<") && target.endsWith(">")) {
          target = target.substring(1, target.length() - 1);
        }
        links.add(new Link(lineOf(text, m.start()), target));
      }
    }
    links.sort((a, b) -> Integer.compare(a.line(), b.line()));
    return links;
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /** The text with every line of a fenced code block (fences included) made empty. */
  private static String blankFences(String markdown) {
    List<String> lines = markdown.lines().collect(Collectors.toList());
    String fence = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).stripLeading();
      if (fence == null) {
        if (line.startsWith("```") || line.startsWith("~~~")) {
          fence = line.substring(0, run(line));
          lines.set(i, "");
        }
      } else {
        if (line.startsWith(fence) && line.substring(run(line)).isBlank()) {
          fence = null;
        }
        lines.set(i, "");
      }
    }
    return String.join("\n", lines);
  }

  /** The length of the run of the first character at the start of {@code line}. */
  private static int run(String line) {
    int n = 0;
    while (n < line.length() && line.charAt(n) == line.charAt(0)) {
      n++;
    }
    return n;
  }

  /** The text with the characters of every code span turned into spaces (line breaks kept). */
  private static String blankCodeSpans(String text) {
    Matcher m = CODE_SPAN.matcher(text);
    StringBuilder out = new StringBuilder();
    int last = 0;
    while (m.find()) {
      out.append(text, last, m.start());
      for (int i = m.start(); i < m.end(); i++) {
        out.append(text.charAt(i) == '\n' ? '\n' : ' ');
      }
      last = m.end();
    }
    return out.append(text.substring(last)).toString();
  }

  private static Set<String> anchorsOf(Path page) {
    try {
      return anchors(Files.readString(page));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The anchors GitHub gives a page: one per heading, in order, and the HTML anchors. */
  static Set<String> anchors(String markdown) {
    Set<String> anchors = new LinkedHashSet<>();
    Map<String, Integer> seen = new HashMap<>();
    String[] lines = blankFences(markdown).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String heading = null;
      Matcher atx = ATX_HEADING.matcher(lines[i]);
      if (atx.matches()) {
        heading = atx.group(1) == null ? "" : atx.group(1);
      } else if (i > 0
          && SETEXT_UNDERLINE.matcher(lines[i]).matches()
          && isParagraphLine(lines[i - 1])
          && (i < 2 || lines[i - 2].isBlank())) {
        heading = lines[i - 1].strip();
      }
      if (heading != null) {
        String slug = slug(heading);
        int count = seen.merge(slug, 1, Integer::sum);
        anchors.add(count == 1 ? slug : slug + "-" + (count - 1));
      }
      Matcher html = HTML_ANCHOR.matcher(blankCodeSpans(lines[i]));
      while (html.find()) {
        anchors.add(html.group(1));
      }
    }
    return anchors;
  }

  private static boolean isParagraphLine(String line) {
    String text = line.strip();
    return !text.isEmpty()
        && !text.startsWith("|")
        && !text.startsWith("-")
        && !text.startsWith("*")
        && !text.startsWith(">")
        && !text.startsWith("#");
  }

  /** GitHub's anchor for a heading: its text in lower case, punctuation dropped, spaces to -. */
  static String slug(String heading) {
    String text = HEADING_LINK.matcher(heading.strip()).replaceAll("$1");
    text = HTML_TAG.matcher(text).replaceAll("");
    text = text.replace("`", "");
    text = text.toLowerCase(Locale.ROOT);
    return NOT_SLUG.matcher(text).replaceAll("").replace(' ', '-');
  }
}
