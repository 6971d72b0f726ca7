package dev.exoplan.report.text;

import java.io.IOException;
import java.io.Writer;

/** Renders a {@link Doc} as GitHub-flavoured Markdown. */
public final class MarkdownRenderer {
  public void render(Doc doc, Writer out) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (Doc.Block b : doc.blocks()) {
      if (b instanceof Doc.Title t) {
        sb.append("# ").append(Markdown.escape(t.text())).append("\n\n");
      } else if (b instanceof Doc.Line l) {
        String text = Markdown.escape(l.text());
        sb.append(l.strong() ? "**" + text + "**" : l.quiet() ? "_" + text + "_" : text)
            .append("\n\n");
      } else if (b instanceof Doc.Heading h) {
        sb.append("\n## ").append(Markdown.escape(h.text())).append("\n\n");
      } else if (b instanceof Doc.Table t) {
        sb.append(t.grid().renderMarkdown()).append('\n');
      } else if (b instanceof Doc.Bullets bl) {
        for (Doc.Bullet item : bl.items()) {
          sb.append("- ").append(Markdown.escape(item.text()));
          if (!item.quietSuffix().isEmpty()) {
            sb.append(' ').append(Markdown.escape(item.quietSuffix()));
          }
          sb.append('\n');
        }
        sb.append('\n');
      } else if (b instanceof Doc.Bars bars) {
        sb.append("```\n").append(TextRenderer.bars(bars)).append("```\n\n");
      }
    }
    out.write(TextRenderer.collapseBlankLines(sb.toString()));
  }
}
