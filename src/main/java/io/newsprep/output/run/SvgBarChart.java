package io.newsprep.output.run;

import java.util.List;

/**
 * A horizontal bar chart as inline SVG, drawn without any script or library: one row per label, the bar's length
 * in proportion to the largest value, the value written after the bar. Every text is escaped.
 */
final class SvgBarChart {

    /**
     * One row.
     *
     * @param figure where the value comes from in report.json (e.g. {@code rejects_by_reason.empty}), kept in the
     *               value's {@code data-figure} attribute so that a reader or a test can match the two
     */
    record Bar(String label, long value, String figure) {
    }

    static final int WIDTH = 640;
    private static final int LABEL_WIDTH = 220;
    private static final int BAR_AREA = 330;
    private static final int ROW = 24;
    private static final int BAR_HEIGHT = 16;
    private static final int LABEL_CHARS = 32;

    private SvgBarChart() {
    }

    static String render(String caption, List<Bar> bars) {
        long max = bars.stream().mapToLong(Bar::value).max().orElse(0);
        int height = Math.max(1, bars.size()) * ROW + 8;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart bars\" role=\"img\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height).append("\">")
                .append("<title>").append(HtmlText.escape(caption)).append("</title>");
        if (bars.isEmpty()) {
            svg.append("<text class=\"empty\" x=\"0\" y=\"20\">none in this run</text>");
        }
        int y = 4;
        for (Bar bar : bars) {
            long width = max == 0 ? 0 : Math.max(bar.value() > 0 ? 2 : 0, Math.round((double) bar.value() / max * BAR_AREA));
            int textY = y + BAR_HEIGHT - 3;
            svg.append("<g class=\"row\"><title>").append(HtmlText.escape(bar.label() + ": " + bar.value())).append("</title>")
                    .append("<text class=\"label\" x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(textY)
                    .append("\" text-anchor=\"end\">").append(HtmlText.escape(HtmlText.shorten(bar.label(), LABEL_CHARS)))
                    .append("</text>");
            if (width > 0) {
                svg.append("<rect class=\"bar\" x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y)
                        .append("\" width=\"").append(width).append("\" height=\"").append(BAR_HEIGHT).append("\" rx=\"2\"/>");
            }
            svg.append("<text class=\"value\" x=\"").append(LABEL_WIDTH + width + 6).append("\" y=\"").append(textY)
                    .append("\" data-figure=\"").append(HtmlText.escape(bar.figure())).append("\">").append(bar.value())
                    .append("</text></g>");
            y += ROW;
        }
        return svg.append("</svg>").toString();
    }
}
