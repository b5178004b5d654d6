package io.newsprep.clean;

import io.newsprep.input.Dump;
import io.newsprep.text.JsonLinesById;
import io.newsprep.input.TextDumpReader;
import io.newsprep.input.html.HtmlPageReader;
import io.newsprep.input.DumpLoader;
import io.newsprep.input.RejectedDumpException;
import io.newsprep.input.SourceFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Reads the training corpus ({@code <root>/<set>/{dumps,html,gold.jsonl,manifest.jsonl}}) into headline examples:
 * every page with a gold {@code title}, as its text dump and, where the set has HTML, as its saved page. Each page
 * goes through the real cleaner, so the examples see the lines, rule hits and body start that production sees.
 * Text dumps made by the innertext converter get the page's {@code <title>} as their first line, as the evaluation
 * pages of that converter have it. Synthetic test pages and pages whose dump misses most of the gold are left out.
 */
public final class HeadlineCorpus {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern TITLE_TAG = Pattern.compile("(?is)<title[^>]*>(.*?)</title>");
    private static final double MIN_GOLD_IN_DUMP = 0.5;

    private final Path root;
    /** The training pages are saved HTML pages and their text dumps. */
    private final DumpLoader loader = new DumpLoader(DumpLoader.DEFAULT_MAX_BYTES,
            List.of(new HtmlPageReader(), new TextDumpReader()));

    public HeadlineCorpus(Path root) {
        this.root = root;
    }

    /**
     * Examples of set folders laid out like the training corpus ({@code dumps/}, {@code html/}, {@code gold.jsonl},
     * {@code manifest.jsonl}), each set named by its folder; {@code withHtml} adds each page's HTML form.
     */
    public static List<HeadlineExample> examplesOf(List<Path> setFolders, boolean withHtml) {
        List<HeadlineExample> out = new ArrayList<>();
        for (Path folder : setFolders) {
            Path abs = folder.toAbsolutePath().normalize();
            out.addAll(new HeadlineCorpus(abs.getParent()).examples(List.of(abs.getFileName().toString()), withHtml));
        }
        return out;
    }

    /** Examples of the given sets, sorted by set and id; {@code withHtml} adds each page's HTML form. */
    public List<HeadlineExample> examples(List<String> sets, boolean withHtml) {
        HeadlinePage[] seen = new HeadlinePage[1];
        Cleaner cleaner = new Cleaner(page -> {
            seen[0] = page;
            return page.ruleTitle();
        });
        List<HeadlineExample> out = new ArrayList<>();
        for (String set : sets) {
            Path dir = root.resolve(set);
            Map<String, JsonNode> manifest = JsonLinesById.read(dir.resolve("manifest.jsonl"));
            for (Map.Entry<String, JsonNode> e : JsonLinesById.read(dir.resolve("gold.jsonl")).entrySet()) {
                String id = e.getKey();
                JsonNode gold = e.getValue();
                JsonNode m = manifest.get(id);
                if (!usable(gold, m)) {
                    continue;
                }
                String title = gold.get("title").asString();
                String url = text(gold.get("url"));
                String site = host(url);
                Path html = dir.resolve("html").resolve(id + ".html.gz");
                boolean haveHtml = Files.isRegularFile(html);
                Dump dump = load(dir, dir.resolve("dumps").resolve(id + ".txt"));
                if (dump != null && m != null && "innertext".equals(text(m.get("dumper"))) && haveHtml) {
                    dump = withFirstLine(dump, titleTag(html, text(m.get("decoded_as"))));
                }
                add(out, cleaner, seen, dump, id, set, site, "text", title);
                if (withHtml && haveHtml) {
                    add(out, cleaner, seen, load(dir, html), id, set, site, "html", title);
                }
            }
        }
        return out;
    }

    /**
     * Examples of a folder laid out as {@code <dir>/{dumps/<id>.txt, html/<id>.html.gz}} with gold titles from a
     * separate {@code {"id", "title"}} JSON Lines file; the dumps are read as they are.
     */
    public List<HeadlineExample> examples(Path dir, Path titles) {
        HeadlinePage[] seen = new HeadlinePage[1];
        Cleaner cleaner = new Cleaner(page -> {
            seen[0] = page;
            return page.ruleTitle();
        });
        List<HeadlineExample> out = new ArrayList<>();
        String set = dir.getFileName().toString();
        for (Map.Entry<String, JsonNode> e : JsonLinesById.read(titles).entrySet()) {
            String title = text(e.getValue().get("title"));
            if (title == null) {
                continue;
            }
            add(out, cleaner, seen, load(dir, dir.resolve("dumps").resolve(e.getKey() + ".txt")), e.getKey(), set, "",
                    "text", title);
            add(out, cleaner, seen, load(dir, dir.resolve("html").resolve(e.getKey() + ".html.gz")), e.getKey(), set,
                    "", "html", title);
        }
        return out;
    }

    private static boolean usable(JsonNode gold, JsonNode m) {
        if (gold.get("title") == null || !gold.get("title").isString()) {
            return false;
        }
        if (m == null) {
            return true; // a folder of one's own pages may come without a manifest
        }
        JsonNode notes = m.get("notes");
        if (notes != null && notes.toString().contains("synthetic-test-page")) {
            return false;
        }
        JsonNode inDump = m.get("gold_in_dump");
        return inDump == null || inDump.asDouble() >= MIN_GOLD_IN_DUMP;
    }

    private static void add(List<HeadlineExample> out, Cleaner cleaner, HeadlinePage[] seen, Dump dump, String id,
                            String set, String site, String format, String title) {
        if (dump == null) {
            return;
        }
        seen[0] = null;
        cleaner.clean(dump, null);
        if (seen[0] != null) {
            out.add(HeadlineExample.of(id, set, site, format, seen[0], title));
        }
    }

    private Dump load(Path dir, Path file) {
        try {
            return loader.load(SourceFile.of(dir, file));
        } catch (RejectedDumpException e) {
            return null;
        }
    }

    private static Dump withFirstLine(Dump dump, String line) {
        if (line == null || line.isBlank()) {
            return dump;
        }
        List<String> lines = new ArrayList<>(dump.lines().size() + 1);
        lines.add(line);
        lines.addAll(dump.lines());
        return new Dump(dump.file(), dump.sha256(), dump.sizeBytes(), dump.encoding(), dump.format(), lines,
                dump.metadata());
    }

    /** The page's {@code <title>}, entities decoded and white space collapsed, or null. */
    static String titleTag(Path htmlGz, String decodedAs) {
        byte[] bytes;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(htmlGz))) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
        Matcher m = TITLE_TAG.matcher(new String(bytes, charset(decodedAs)));
        if (!m.find()) {
            return null;
        }
        String t = org.jsoup.parser.Parser.unescapeEntities(m.group(1), false);
        return t.replaceAll("\\s+", " ").strip();
    }

    private static Charset charset(String decodedAs) {
        String d = decodedAs == null ? "" : decodedAs.toLowerCase(Locale.ROOT);
        if (d.startsWith("cp1252")) {
            return Charset.forName("windows-1252");
        }
        if (d.startsWith("cp1251")) {
            return Charset.forName("windows-1251");
        }
        return StandardCharsets.UTF_8;
    }

    static String host(String url) {
        if (url == null) {
            return "";
        }
        try {
            String h = URI.create(url.strip().replace(" ", "%20")).getHost();
            return h == null ? "" : h.toLowerCase(Locale.ROOT).replaceFirst("^www\\d?\\.", "");
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asString();
    }
}
