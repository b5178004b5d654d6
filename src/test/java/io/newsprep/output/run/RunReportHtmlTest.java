package io.newsprep.output.run;

import io.newsprep.input.RejectReason;
import io.newsprep.output.Articles;
import io.newsprep.pipeline.Outcome;
import io.newsprep.pipeline.Reject;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RunReportHtmlTest {

    private static final Instant START = Instant.parse("2026-11-22T05:30:12Z");
    private static final String HOSTILE = "<script>alert('x')</script><img src=x onerror=alert(1)>\"&";

    @Test
    void escapesEverythingThatComesFromTheInput() {
        RunReportBuilder builder = new RunReportBuilder("run-1", START);
        builder.record(new Outcome.Accepted(Articles.withPublisher(null, HOSTILE)));
        builder.record(new Outcome.Rejected(new Reject(HOSTILE + ".txt", RejectReason.EMPTY, HOSTILE, null)));
        RunSettings settings = new RunSettings(Map.of("only", HOSTILE), "/in/" + HOSTILE, "/out", "/out/runs/run-1",
                Map.of("newsprep", "0.1.0"));
        RunReport report = builder.build(START.plusSeconds(1)).with(settings, List.of());

        String html = new RunReportHtml().toHtml(report, List.of(new RunReportHtml.RunFile("articles.jsonl", 10)),
                List.of(new RunReportHtml.RejectRow(HOSTILE + ".txt", "empty", HOSTILE)));

        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("'x')")
               .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;&quot;&amp;");
    }

    @Test
    void drawsEveryFigureOfTheReportAsAChartValue() {
        RunReportBuilder builder = new RunReportBuilder("run-1", START);
        builder.record(new Outcome.Accepted(Articles.sample()));
        builder.record(new Outcome.Rejected(new Reject("b.txt", RejectReason.BINARY, "binary", null)));
        RunReport report = builder.build(START.plusSeconds(1)).with(RunSettings.UNKNOWN,
                List.of(new RunReport.PastRun("run-0", START.minusSeconds(86_400), 7, 5, 2, 900)));

        String html = new RunReportHtml().toHtml(report, List.of(), List.of());

        assertThat(html).contains("data-figure=\"counts.articles\">1<", "data-figure=\"counts.rejects\">1<",
                "data-figure=\"rejects_by_reason.binary\">1<", "data-figure=\"rejects_by_reason.empty\">0<",
                "data-figure=\"languages.en.articles\">1<", "data-figure=\"publishers.0.articles\">1<",
                "data-figure=\"removed_by_kind.navigation\">1<", "data-figure=\"recent_runs.0.articles\">5<",
                "data-figure=\"recent_runs.1.rejects\">1<");
        assertThat(html.split("<svg ", -1)).hasSize(1 + 5);
        assertThat(html).doesNotContain("http://").doesNotContain("https://").doesNotContain("<script");
    }

    @Test
    void roundsTheTrendScaleUpToOneTwoOrFive() {
        assertThat(SvgTrendChart.niceCeiling(1)).isEqualTo(1);
        assertThat(SvgTrendChart.niceCeiling(3)).isEqualTo(5);
        assertThat(SvgTrendChart.niceCeiling(11)).isEqualTo(20);
        assertThat(SvgTrendChart.niceCeiling(50)).isEqualTo(50);
        assertThat(SvgTrendChart.niceCeiling(51)).isEqualTo(100);
    }
}
