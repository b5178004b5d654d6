package io.newsprep.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns what is left of a page into text lines the way a text dump has them: one line per block
 * element (paragraph, heading, list item, quote, table cell, run of text in a div), a line break
 * for {@code <br>}, whitespace collapsed except inside {@code <pre>}. Iterative, so any nesting depth is safe.
 */
final class HtmlFlattener implements NodeVisitor {

    private static final Set<String> BLOCK = Set.of(
            "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre",
            "td", "th", "tr", "table", "thead", "tbody", "tfoot", "caption", "section", "article", "main", "header",
            "figure", "figcaption", "address", "hr", "center", "details", "summary", "body", "html", "fieldset",
            "legend", "hgroup", "picture", "video", "audio", "menu");

    private final List<String> lines = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private int preDepth;

    static List<String> flatten(Element root) {
        HtmlFlattener f = new HtmlFlattener();
        NodeTraversor.traverse(f, root);
        f.endLine();
        return f.lines;
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            appendText(t.getWholeText());
        } else if (node instanceof Element e) {
            String name = e.normalName();
            if (name.equals("br")) {
                endLine();
            } else if (BLOCK.contains(name)) {
                endLine();
                if (name.equals("pre")) {
                    preDepth++;
                }
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element e) {
            String name = e.normalName();
            if (BLOCK.contains(name)) {
                endLine();
                if (name.equals("pre")) {
                    preDepth--;
                }
            }
        }
    }

    private void appendText(String text) {
        if (preDepth > 0) {
            int start = 0;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    line.append(text, start, i);
                    endLine();
                    start = i + 1;
                }
            }
            line.append(text, start, text.length());
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                if (line.length() > 0 && line.charAt(line.length() - 1) != ' ') {
                    line.append(' ');
                }
            } else {
                line.append(c);
            }
        }
    }

    private void endLine() {
        String s = preDepth > 0 ? stripTrailing(line) : line.toString().strip();
        line.setLength(0);
        if (!s.isEmpty()) {
            lines.add(s);
        }
    }

    private static String stripTrailing(StringBuilder sb) {
        return sb.toString().stripTrailing();
    }
}
