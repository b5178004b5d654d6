package io.newsprep.input.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns what is left of a page into text lines the way a text dump has them: one line per block
 * element (paragraph, heading, list item, quote, table cell, run of text in a div), a line break
 * for {@code <br>}, whitespace collapsed except inside {@code <pre>}. Iterative, so any nesting depth is safe.
 * Besides the text it notes where each line came from: the block element around it, whether it lies
 * in the page's main block, and how much of it is link text.
 */
final class HtmlFlattener implements NodeVisitor {

    private static final Set<String> BLOCK = Set.of(
            "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre",
            "td", "th", "tr", "table", "thead", "tbody", "tfoot", "caption", "section", "article", "main", "header",
            "figure", "figcaption", "address", "hr", "center", "details", "summary", "body", "html", "fieldset",
            "legend", "hgroup", "picture", "video", "audio", "menu");

    /**
     * Where one line came from: the block element around it ({@code tr} for a row of data cells), and whether
     * that block is the main block itself (text the page wrote straight into it, between {@code <br>}s).
     */
    record Origin(String block, boolean inMain, double linkShare, boolean ownTextOfMain) {
    }

    /**
     * A link that shows its own address is a cited source, not navigation (menus and teasers show titles),
     * so its text does not count as link text.
     */
    private static final Pattern SHOWN_ADDRESS = Pattern.compile("\\s*(?:https?://|www\\.)\\S+\\s*");

    /** Elements that make a table cell more than a data cell: a layout table's cell holds whole blocks. */
    private static final String CELL_BLOCKS = "p, div, table, ul, ol, dl, blockquote, pre, h1, h2, h3, h4, h5, h6, section, article";

    /** The lines and, index for index, their origins. */
    record Flattened(List<String> lines, List<Origin> origins) {
    }

    private final List<String> lines = new ArrayList<>();
    private final List<Origin> origins = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private final Deque<String> blocks = new ArrayDeque<>();
    private final Deque<Element> blockElements = new ArrayDeque<>();
    private final Deque<Boolean> citedAnchors = new ArrayDeque<>();
    /** The blocks that hold the story (identity set): the main block and its sister sections. */
    private final Set<Element> story;
    private int preDepth;
    private int anchorDepth;
    private boolean inMain;
    private int linkChars;
    private String lineBlock;
    private Element lineBlockElement;
    /** The row of data cells being read, whose cells go on one line as in a browser's innerText; or null. */
    private Element dataRow;

    private HtmlFlattener(List<Element> story) {
        this.story = Collections.newSetFromMap(new IdentityHashMap<>());
        this.story.addAll(story);
    }

    static List<String> flatten(Element root) {
        return flatten(root, List.of()).lines();
    }

    /** @param story the blocks that hold the story, the main block first; empty when there is none */
    static Flattened flatten(Element root, List<Element> story) {
        HtmlFlattener f = new HtmlFlattener(story);
        NodeTraversor.traverse(f, root);
        f.endLine();
        return new Flattened(f.lines, f.origins);
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            appendText(t.getWholeText());
        } else if (node instanceof Element e) {
            String name = e.normalName();
            if (story.contains(e)) {
                endLine();
                inMain = true;
            }
            if (name.equals("a")) {
                boolean cited = SHOWN_ADDRESS.matcher(e.text()).matches();
                citedAnchors.push(cited);
                anchorDepth += cited ? 0 : 1;
            } else if (name.equals("br")) {
                endLine();
            } else if (dataRow != null && isCell(name)) {
                if (!line.isEmpty()) {
                    stripTrailingSpace();
                    line.append('\t');
                }
            } else if (dataRow == null && name.equals("tr") && isDataRow(e)) {
                endLine();
                pushBlock(e);
                dataRow = e;
            } else if (BLOCK.contains(name)) {
                endLine();
                pushBlock(e);
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
            if (name.equals("a")) {
                anchorDepth -= citedAnchors.pop() ? 0 : 1;
            } else if (BLOCK.contains(name) && !(dataRow != null && isCell(name))) {
                if (e == dataRow) {
                    dataRow = null;
                }
                endLine();
                blocks.pop();
                blockElements.pop();
                lineBlockElement = blockElements.peek();
                if (name.equals("pre")) {
                    preDepth--;
                }
            }
            if (story.contains(e)) {
                endLine();
                inMain = false;
            }
        }
    }

    private void pushBlock(Element e) {
        blocks.push(e.normalName());
        blockElements.push(e);
    }

    /** A row of two or more cells holding only inline content: a row of data, not of page layout. */
    private static boolean isDataRow(Element tr) {
        int cells = 0;
        for (Element cell : tr.children()) {
            if (isCell(cell.normalName())) {
                cells++;
                if (!cell.select(CELL_BLOCKS).isEmpty()) {
                    return false;
                }
            }
        }
        return cells >= 2;
    }

    private static boolean isCell(String name) {
        return name.equals("td") || name.equals("th");
    }

    private void appendText(String text) {
        if (line.isEmpty()) {
            lineBlock = blocks.isEmpty() ? "" : blocks.peek();
            lineBlockElement = blockElements.peek();
        }
        int before = line.length();
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
        } else {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00a0') {
                    if (line.length() > 0 && !Character.isWhitespace(line.charAt(line.length() - 1))) {
                        line.append(' ');
                    }
                } else {
                    line.append(c);
                }
            }
        }
        if (anchorDepth > 0) {
            linkChars += Math.max(0, line.length() - before);
        }
    }

    private void stripTrailingSpace() {
        if (!line.isEmpty() && line.charAt(line.length() - 1) == ' ') {
            line.setLength(line.length() - 1);
        }
    }

    private void endLine() {
        String s = preDepth > 0 ? line.toString().stripTrailing() : line.toString().strip();
        if (!s.isEmpty()) {
            lines.add(s);
            origins.add(new Origin(lineBlock, inMain, Math.min(1.0, (double) linkChars / s.length()),
                    lineBlockElement != null && story.contains(lineBlockElement)));
        }
        line.setLength(0);
        linkChars = 0;
        lineBlock = blocks.isEmpty() ? "" : blocks.peek();
        lineBlockElement = blockElements.peek();
    }
}
