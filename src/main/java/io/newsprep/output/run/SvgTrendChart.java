package io.newsprep.output.run;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The recent runs as inline SVG: per run, side by side, a bar for its articles and one for its rejects, on a
 * common scale with three grid lines; the run this report is about is the last group, drawn stronger.
 */
final class SvgTrendChart {

    static final int WIDTH = 640;
    private static final int HEIGHT = 240;
    private static final int LEFT = 56;
    private static final int RIGHT = 16;
    private static final int TOP = 44;
    private static final int BOTTOM = 44;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private SvgTrendChart() {
    }

    static String render(List<RunReport.PastRun> runs) {
        long max = 1;
        for (RunReport.PastRun run : runs) {
            max = Math.max(max, Math.max(run.articles(), run.rejects()));
        }
        long top = niceCeiling(max);
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        double group = (double) plotWidth / Math.max(1, runs.size());
        double bar = Math.min(36, group * 0.34);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart trend\" role=\"img\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT).append("\">")
                .append("<title>articles and rejects of the last ").append(runs.size()).append(" runs</title>");
        svg.append("<rect class=\"key articles\" x=\"").append(LEFT).append("\" y=\"6\" width=\"12\" height=\"12\"/>")
                .append("<text x=\"").append(LEFT + 18).append("\" y=\"16\">articles</text>")
                .append("<rect class=\"key rejects\" x=\"").append(LEFT + 90).append("\" y=\"6\" width=\"12\" height=\"12\"/>")
                .append("<text x=\"").append(LEFT + 108).append("\" y=\"16\">rejects</text>");
        for (int i = 0; i <= 2; i++) {
            double value = top * i / 2.0;
            double y = TOP + plotHeight - (double) plotHeight * i / 2;
            svg.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
                    .append("\" y1=\"").append(fmt(y)).append("\" y2=\"").append(fmt(y)).append("\"/>")
                    .append("<text class=\"axis\" x=\"").append(LEFT - 6).append("\" y=\"").append(fmt(y + 4))
                    .append("\" text-anchor=\"end\">").append(value == Math.rint(value) ? String.valueOf((long) value) : fmt(value))
                    .append("</text>");
        }
        for (int i = 0; i < runs.size(); i++) {
            RunReport.PastRun run = runs.get(i);
            double x = LEFT + group * i + group / 2;
            String current = i == runs.size() - 1 ? " current" : "";
            svg.append("<g class=\"run").append(current).append("\"><title>")
                    .append(HtmlText.escape(run.runId() + ": " + run.articles() + " articles, " + run.rejects() + " rejects"))
                    .append("</title>");
            bar(svg, "articles", x - bar - 1, bar, run.articles(), top, plotHeight, "recent_runs." + i + ".articles");
            bar(svg, "rejects", x + 1, bar, run.rejects(), top, plotHeight, "recent_runs." + i + ".rejects");
            svg.append("<text class=\"axis\" x=\"").append(fmt(x)).append("\" y=\"").append(HEIGHT - BOTTOM + 16)
                    .append("\" text-anchor=\"middle\">")
                    .append(run.startedAt() == null ? "" : WHEN.format(run.startedAt())).append("</text></g>");
        }
        return svg.append("</svg>").toString();
    }

    private static void bar(StringBuilder svg, String series, double x, double width, long value, long top,
                            int plotHeight, String figure) {
        double height = (double) value / top * plotHeight;
        double y = TOP + plotHeight - height;
        if (value > 0) {
            svg.append("<rect class=\"bar ").append(series).append("\" x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y))
                    .append("\" width=\"").append(fmt(width)).append("\" height=\"").append(fmt(Math.max(1, height)))
                    .append("\"/>");
        }
        svg.append("<text class=\"value\" x=\"").append(fmt(x + width / 2)).append("\" y=\"").append(fmt(y - 4))
                .append("\" text-anchor=\"middle\" data-figure=\"").append(figure).append("\">").append(value).append("</text>");
    }

    /** 1, 2 or 5 times a power of ten, at least {@code n}. */
    static long niceCeiling(long n) {
        long power = 1;
        while (power * 10 <= n) {
            power *= 10;
        }
        for (long step : new long[] {1, 2, 5, 10}) {
            if (step * power >= n) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.1f", v);
    }
}
