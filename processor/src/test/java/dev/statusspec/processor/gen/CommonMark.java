package dev.statusspec.processor.gen;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/** Renders Markdown as GitHub does (CommonMark with GFM tables and strikethrough), for tests. */
final class CommonMark {

  private static final List<Extension> EXTENSIONS =
      List.of(TablesExtension.create(), StrikethroughExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder().extensions(EXTENSIONS).build();

  private CommonMark() {}

  static Node parse(String markdown) {
    return PARSER.parse(markdown);
  }

  static String html(String markdown) {
    return RENDERER.render(parse(markdown));
  }

  /** The text a reader sees in {@code node}: text, code spans, a space for each line break. */
  static String text(Node node) {
    StringBuilder out = new StringBuilder();
    node.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text text) {
            out.append(text.getLiteral());
          }

          @Override
          public void visit(Code code) {
            out.append(code.getLiteral());
          }

          @Override
          public void visit(SoftLineBreak softLineBreak) {
            out.append(' ');
          }

          @Override
          public void visit(HardLineBreak hardLineBreak) {
            out.append('\n');
          }
        });
    return out.toString();
  }

  /** Every node of {@code type} under {@code root}, in document order. */
  static <T extends Node> List<T> all(Node root, Class<T> type) {
    List<T> found = new ArrayList<>();
    collect(root, type, found);
    return found;
  }

  private static <T extends Node> void collect(Node node, Class<T> type, List<T> found) {
    if (type.isInstance(node)) {
      found.add(type.cast(node));
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      collect(child, type, found);
    }
  }
}
