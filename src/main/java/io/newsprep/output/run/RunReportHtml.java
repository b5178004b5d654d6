package io.newsprep.output.run;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * report.html: the run's figures for people, one self-contained page (inline style and SVG charts, no script, no
 * request to anywhere) beside report.json, showing the same numbers. Every text that comes from the input
 * (publisher names, file names, messages, paths) is escaped.
 */
public final class RunReportHtml {

    public static final String FILE_NAME = "report.html";

    /** Publishers drawn in the chart; the rest are counted in one line below it. */
    static final int TOP_PUBLISHERS = 25;

    /** A file of the run folder, linked from the page. */
    public record RunFile(String name, long bytes) {
    }

    /** One of the first rejects, shown in a table. */
    public record RejectRow(String sourceFile, String reason, String message) {
    }

    private static final String STYLE = """
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;margin:0;color:#1f2933;background:#f5f7fa}
            header{background:#243b53;color:#fff;padding:18px 28px}header h1{margin:0 0 4px;font-size:22px;font-weight:600}
            header p{margin:2px 0;color:#d9e2ec;font-size:13px;word-break:break-all}
            main{padding:18px 28px;display:grid;grid-template-columns:repeat(auto-fit,minmax(660px,1fr));gap:18px}
            section{background:#fff;border:1px solid #d9e2ec;border-radius:6px;padding:14px 18px}
            section.wide{grid-column:1/-1}h2{font-size:16px;margin:0 0 10px;color:#334e68}
            .cards{display:flex;flex-wrap:wrap;gap:10px}.card{border:1px solid #d9e2ec;border-radius:6px;padding:8px 14px;min-width:110px}
            .card .value{font-size:22px;font-weight:600;color:#102a43}.card .label{font-size:12px;color:#627d98}
            svg.chart{display:block;max-width:100%;height:auto;font-size:12px}svg text{fill:#334e68}
            svg .bar{fill:#2f80ed}svg .bar.rejects,svg .key.rejects{fill:#e55353}svg .bar.articles,svg .key.articles{fill:#2f80ed}
            svg .run:not(.current) .bar{opacity:.55}svg .grid{stroke:#e4e7eb}svg .value{font-weight:600}svg .empty{fill:#9aa5b1}
            table{border-collapse:collapse;width:100%;font-size:13px}td,th{text-align:left;padding:3px 8px;border-bottom:1px solid #eef2f6;vertical-align:top}
            td.num,th.num{text-align:right}code{font-size:12px;word-break:break-all}.note{color:#627d98;font-size:12px;margin:6px 0 0}
            a{color:#1f63c6}
            """;

    /** The page for a run whose folder holds {@code files}; {@code firstRejects} are shown in a table. */
    public String toHtml(RunReport report, List<RunFile> files, List<RejectRow> firstRejects) {
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:\">\n")
                .append("<title>newsprep run ").append(esc(report.runId())).append("</title>\n<style>").append(STYLE)
                .append("</style>\n</head>\n<body>\n");
        header(h, report);
        h.append("<main>\n");
        totals(h, report);
        trend(h, report);
        section(h, "rejects", "Rejects by reason", SvgBarChart.render("rejects by reason", bars(report.rejectsByReason(),
                "rejects_by_reason")), "");
        publishers(h, report);
        languages(h, report);
        section(h, "removed", "Removed lines by kind", SvgBarChart.render("removed lines by kind",
                bars(report.removedByKind(), "removed_by_kind")), "");
        firstRejects(h, report, firstRejects);
        files(h, files);
        settings(h, report);
        h.append("</main>\n</body>\n</html>\n");
        return h.toString();
    }

    /** Writes report.html so that a reader sees the whole page or none. */
    public void write(RunReport report, List<RunFile> files, List<RejectRow> firstRejects, Path file) throws IOException {
        AtomicFiles.writeString(file, toHtml(report, files, firstRejects));
    }

    private static void header(StringBuilder h, RunReport report) {
        RunSettings s = report.settings();
        h.append("<header>\n<h1>newsprep run <span data-figure=\"run_id\">").append(esc(report.runId()))
                .append("</span></h1>\n<p>started ").append(esc(iso(report.startedAt()))).append(" \u00b7 finished ")
                .append(esc(iso(report.finishedAt()))).append(" \u00b7 ")
                .append(String.format(java.util.Locale.ROOT, "%.1f", report.elapsedSeconds())).append(" s")
                .append(report.docsPerSecond() == null ? "" : " \u00b7 " + report.docsPerSecond() + " documents/s")
                .append("</p>\n<p>input <code data-figure=\"input\">").append(esc(orDash(s.input())))
                .append("</code> \u2192 output <code data-figure=\"output\">").append(esc(orDash(s.output())))
                .append("</code></p>\n</header>\n");
    }

    private static void totals(StringBuilder h, RunReport report) {
        h.append("<section id=\"totals\" class=\"wide\"><h2>Totals</h2><div class=\"cards\">");
        card(h, "considered", report.considered(), "documents considered");
        card(h, "articles", report.articles(), "articles");
        card(h, "rejects", report.rejects(), "rejects");
        card(h, "words", report.totalWords(), "words");
        report.extraCounts().forEach((name, n) -> card(h, name, n, name.replace('_', ' ')));
        h.append("</div></section>\n");
    }

    private static void card(StringBuilder h, String key, long value, String label) {
        h.append("<div class=\"card\"><div class=\"value\" data-figure=\"counts.").append(esc(key)).append("\">")
                .append(value).append("</div><div class=\"label\">").append(esc(label)).append("</div></div>");
    }

    private static void trend(StringBuilder h, RunReport report) {
        section(h, "trend", "Recent runs into this output folder", SvgTrendChart.render(report.recentRuns()),
                "<p class=\"note\">From the job repository: the last " + report.recentRuns().size()
                        + " completed runs, this one last (right).</p>");
    }

    private static void publishers(StringBuilder h, RunReport report) {
        List<SvgBarChart.Bar> bars = new ArrayList<>();
        List<RunReport.PublisherFigures> all = report.publishers();
        for (int i = 0; i < Math.min(TOP_PUBLISHERS, all.size()); i++) {
            RunReport.PublisherFigures p = all.get(i);
            String label = p.domain() != null && p.name() != null ? p.domain() + " (" + p.name() + ")" : p.label();
            bars.add(new SvgBarChart.Bar(label, p.articles(), "publishers." + i + ".articles"));
        }
        String more = "";
        if (all.size() > TOP_PUBLISHERS) {
            long rest = all.subList(TOP_PUBLISHERS, all.size()).stream().mapToLong(RunReport.PublisherFigures::articles).sum();
            more = "<p class=\"note\">and " + (all.size() - TOP_PUBLISHERS) + " more publishers with " + rest
                    + " articles (all in report.json)</p>";
        }
        section(h, "publishers", "Articles per publisher", SvgBarChart.render("articles per publisher", bars), more);
    }

    private static void languages(StringBuilder h, RunReport report) {
        List<SvgBarChart.Bar> bars = new ArrayList<>();
        report.languages().forEach((language, figures) -> bars.add(new SvgBarChart.Bar(
                language + " (confidence " + figures.meanConfidence() + ")", figures.articles(),
                "languages." + language + ".articles")));
        section(h, "languages", "Articles per language", SvgBarChart.render("articles per language", bars), "");
    }

    private static void firstRejects(StringBuilder h, RunReport report, List<RejectRow> rows) {
        h.append("<section id=\"reject-list\" class=\"wide\"><h2>Rejected documents</h2>");
        if (rows.isEmpty()) {
            h.append("<p class=\"note\">none in this run</p>");
        } else {
            h.append("<table><tr><th>document</th><th>reason</th><th>why</th></tr>");
            for (RejectRow row : rows) {
                h.append("<tr><td><code>").append(esc(row.sourceFile())).append("</code></td><td>")
                        .append(esc(row.reason())).append("</td><td>").append(esc(row.message())).append("</td></tr>");
            }
            h.append("</table>");
            if (report.rejects() > rows.size()) {
                h.append("<p class=\"note\">the first ").append(rows.size()).append(" of ").append(report.rejects())
                        .append("; all are in <a href=\"rejects.jsonl\">rejects.jsonl</a></p>");
            }
        }
        h.append("</section>\n");
    }

    private static void files(StringBuilder h, List<RunFile> files) {
        h.append("<section id=\"files\"><h2>Files of this run</h2><table>");
        for (RunFile file : files) {
            h.append("<tr><td><a href=\"").append(esc(relativeHref(file.name()))).append("\">").append(esc(file.name()))
                    .append("</a></td><td class=\"num\">")
                    .append(file.name().equals(FILE_NAME) ? "this page" : size(file.bytes())).append("</td></tr>");
        }
        h.append("</table></section>\n");
    }

    private static void settings(StringBuilder h, RunReport report) {
        RunSettings s = report.settings();
        h.append("<section id=\"settings\"><h2>Options and versions</h2><table>");
        for (String name : RunSettings.OPTION_NAMES) {
            row(h, "--" + name.replace('_', '-'), s.options().get(name), "options." + name);
        }
        row(h, "run folder", s.runFolder(), "run_folder");
        for (String name : RunSettings.VERSION_NAMES) {
            row(h, name.replace('_', ' ') + " version", s.versions().get(name), "versions." + name);
        }
        h.append("</table></section>\n");
    }

    private static void row(StringBuilder h, String label, Object value, String figure) {
        h.append("<tr><th>").append(esc(label)).append("</th><td><code data-figure=\"").append(esc(figure)).append("\">")
                .append(esc(value == null ? "\u2014" : value.toString())).append("</code></td></tr>");
    }

    private static void section(StringBuilder h, String id, String title, String chart, String after) {
        h.append("<section id=\"").append(id).append("\"><h2>").append(esc(title)).append("</h2>").append(chart)
                .append(after).append("</section>\n");
    }

    private static List<SvgBarChart.Bar> bars(Map<String, Long> counts, String figurePrefix) {
        List<SvgBarChart.Bar> bars = new ArrayList<>();
        counts.forEach((key, n) -> bars.add(new SvgBarChart.Bar(key, n, figurePrefix + "." + key)));
        return bars;
    }

    /** A file name as a link relative to the page, so that it works wherever the folder is copied. */
    private static String relativeHref(String name) {
        StringBuilder out = new StringBuilder("./");
        for (char c : name.toCharArray()) {
            if (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                for (byte b : String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format("%02X", b & 0xff));
                }
            }
        }
        return out.toString();
    }

    private static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double kb = bytes / 1024.0;
        return kb < 1024 ? String.format(java.util.Locale.ROOT, "%.1f KB", kb)
                : String.format(java.util.Locale.ROOT, "%.1f MB", kb / 1024);
    }

    private static String esc(String text) {
        return HtmlText.escape(text);
    }

    private static String orDash(String text) {
        return text == null ? "\u2014" : text;
    }

    private static String iso(Instant instant) {
        return instant == null ? "\u2014" : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
