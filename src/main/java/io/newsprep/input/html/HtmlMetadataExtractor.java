package io.newsprep.input.html;

import io.newsprep.input.PageMetadata;
import io.newsprep.text.ResourceTable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads what a page says about itself: canonical address, title, publication date, authors,
 * section and site name, from link/meta tags and JSON-LD. Runs before chrome removal.
 */
final class HtmlMetadataExtractor {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Names of meta elements that hold the publication date, in the order they are tried. */
    private static final List<String> DATE_META_NAMES = ResourceTable.words(HtmlChromeRemover.HINTS, "date-meta");
    /** Parts of a JSON-LD @type whose author is the page's author. */
    private static final List<String> ARTICLE_TYPES = ResourceTable.words(HtmlChromeRemover.HINTS, "article-type");
    private static final int MAX_JSON_NODES = 5000;

    private HtmlMetadataExtractor() {
    }

    static PageMetadata extract(Document doc) {
        List<JsonNode> jsonLd = jsonLd(doc);
        Elements metas = doc.getElementsByTag("meta"); // one walk of the tree serves every meta lookup
        Element canonical = doc.selectFirst("link[rel=canonical]");
        String url = firstNonBlank(attr(canonical, "abs:href"), attr(canonical, "href"), meta(metas, "property", "og:url"));
        String title = firstNonBlank(meta(metas, "property", "og:title"), text(doc.selectFirst("h1")),
                text(doc.selectFirst("head > title, title")));
        String published = published(doc, metas, jsonLd);
        List<String> authors = authors(metas, jsonLd);
        String section = firstNonBlank(jsonLdSection(jsonLd), meta(metas, "property", "article:section"),
                meta(metas, "name", "parsely-section"));
        String siteName = firstNonBlank(jsonLdPublisherName(jsonLd), meta(metas, "property", "og:site_name"),
                meta(metas, "name", "application-name"));
        return new PageMetadata(url, title, published, authors, section, siteName);
    }

    /** The first candidate that reads as a date; later candidates are only looked up when earlier ones fail. */
    private static String published(Document doc, Elements metas, List<JsonNode> jsonLd) {
        List<Supplier<String>> candidates = new ArrayList<>();
        candidates.add(() -> meta(metas, "property", "article:published_time"));
        candidates.add(() -> meta(metas, "property", "og:article:published_time"));
        candidates.add(() -> jsonLdValue(jsonLd, "datePublished"));
        for (String name : DATE_META_NAMES) {
            candidates.add(() -> meta(metas, "name", name));
        }
        Element itemprop = doc.selectFirst("[itemprop=datePublished]");
        candidates.add(() -> attr(itemprop, "content"));
        candidates.add(() -> attr(itemprop, "datetime"));
        candidates.add(() -> attr(doc.selectFirst("article time[datetime], main time[datetime]"), "datetime"));
        for (Supplier<String> c : candidates) {
            String iso = IsoDates.normalize(c.get());
            if (iso != null) {
                return iso;
            }
        }
        return null;
    }

    private static List<String> authors(Elements metas, List<JsonNode> jsonLd) {
        Set<String> authors = new LinkedHashSet<>();
        for (Element m : metas) {
            if (m.attr("name").equalsIgnoreCase("author") || m.attr("property").equalsIgnoreCase("article:author")
                    || m.attr("name").equalsIgnoreCase("article:author")) {
                addAuthor(authors, m.attr("content"));
            }
        }
        if (authors.isEmpty()) {
            for (JsonNode root : jsonLd) {
                forEachObject(root, o -> {
                    JsonNode a = o.get("author");
                    if (a != null && isArticle(o)) {
                        collectNames(a, authors);
                    }
                });
            }
        }
        return List.copyOf(authors);
    }

    private static boolean isArticle(JsonNode o) {
        JsonNode type = o.get("@type");
        String t = type == null ? "" : type.toString();
        for (String articleType : ARTICLE_TYPES) {
            if (t.contains(articleType)) {
                return true;
            }
        }
        return false;
    }

    private static void collectNames(JsonNode a, Set<String> out) {
        if (a.isArray()) {
            for (JsonNode x : a.values()) {
                collectNames(x, out);
            }
        } else if (a.isObject()) {
            JsonNode name = a.get("name");
            if (name != null && name.isString()) {
                addAuthor(out, name.stringValue());
            }
        } else if (a.isString()) {
            addAuthor(out, a.stringValue());
        }
    }

    private static void addAuthor(Set<String> out, String value) {
        if (value == null) {
            return;
        }
        String v = SPACES.matcher(value.strip()).replaceAll(" ");
        if (v.isEmpty() || v.length() > 100 || v.contains("://") || v.startsWith("www.") || v.contains("@")) {
            return;
        }
        out.add(v);
    }

    private static String jsonLdValue(List<JsonNode> roots, String key) {
        String[] found = new String[1];
        for (JsonNode root : roots) {
            forEachObject(root, o -> {
                JsonNode v = o.get(key);
                if (found[0] == null && v != null && v.isString()) {
                    found[0] = v.stringValue();
                }
            });
            if (found[0] != null) {
                return found[0];
            }
        }
        return null;
    }

    /** The first JSON-LD articleSection: a text, or the first text of a list. */
    private static String jsonLdSection(List<JsonNode> roots) {
        String[] found = new String[1];
        for (JsonNode root : roots) {
            forEachObject(root, o -> {
                JsonNode v = o.get("articleSection");
                if (found[0] == null && v != null && v.isArray() && !v.isEmpty()) {
                    v = v.get(0);
                }
                if (found[0] == null && v != null && v.isString() && !v.stringValue().isBlank()) {
                    found[0] = v.stringValue();
                }
            });
        }
        return found[0];
    }

    /** The name of the first JSON-LD publisher that is an object with a name. */
    private static String jsonLdPublisherName(List<JsonNode> roots) {
        String[] found = new String[1];
        for (JsonNode root : roots) {
            forEachObject(root, o -> {
                JsonNode p = o.get("publisher");
                JsonNode name = p != null && p.isObject() ? p.get("name") : null;
                if (found[0] == null && name != null && name.isString() && !name.stringValue().isBlank()) {
                    found[0] = SPACES.matcher(name.stringValue().strip()).replaceAll(" ");
                }
            });
        }
        return found[0];
    }

    /** Visits every object node breadth-first, without recursion and with a bound on the work. */
    private static void forEachObject(JsonNode root, java.util.function.Consumer<JsonNode> visitor) {
        Deque<JsonNode> queue = new ArrayDeque<>();
        queue.add(root);
        int seen = 0;
        while (!queue.isEmpty() && seen++ < MAX_JSON_NODES) {
            JsonNode n = queue.poll();
            if (n.isObject()) {
                visitor.accept(n);
                queue.addAll(n.values());
            } else if (n.isArray()) {
                queue.addAll(n.values());
            }
        }
    }

    private static List<JsonNode> jsonLd(Document doc) {
        List<JsonNode> roots = new ArrayList<>();
        for (Element s : doc.select("script[type=application/ld+json]")) {
            try {
                roots.add(JSON.readTree(s.data()));
            } catch (JacksonException | IllegalArgumentException e) {
                // pages ship broken JSON-LD often enough; the other sources still count
            }
        }
        return roots;
    }

    private static String meta(Elements metas, String attribute, String value) {
        for (Element m : metas) {
            if (m.attr(attribute).equalsIgnoreCase(value)) {
                String c = m.attr("content").strip();
                if (!c.isEmpty()) {
                    return c;
                }
            }
        }
        return null;
    }

    private static String attr(Element e, String attribute) {
        if (e == null) {
            return null;
        }
        String v = e.attr(attribute).strip();
        return v.isEmpty() ? null : v;
    }

    private static String text(Element e) {
        if (e == null) {
            return null;
        }
        String t = e.text().strip();
        return t.isEmpty() ? null : t;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
