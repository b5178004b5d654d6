package io.newsprep.output;

import io.newsprep.clean.LineKind;
import io.newsprep.clean.LineVerdict;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ExplainFormatterTest {

    private static final List<String> LINES = List.of(
            "Home | World | Economy",
            "",
            "Exports rise for a third month",
            "Exports rose 4.1% in October.",
            "   ",
            "ⓒ asiae.co.kr");

    private static final List<LineVerdict> VERDICTS = List.of(
            new LineVerdict(1, LINES.get(0), false, LineKind.NAVIGATION, "nav.pipes"),
            new LineVerdict(3, LINES.get(2), false, LineKind.TITLE, "title.first_line"),
            new LineVerdict(4, LINES.get(3), true, LineKind.BODY, "body.prose"),
            new LineVerdict(6, LINES.get(5), false, LineKind.COPYRIGHT, "copyright.symbol"));

    @Test
    void printsAHeaderThenEveryLineWithVerdictKindRuleAndText() {
        Map<String, String> header = new LinkedHashMap<>();
        header.put("encoding", "UTF-8");
        header.put("title", "Exports rise for a third month");
        header.put("language", null);

        String out = ExplainFormatter.format("asiae/economy-01.txt", LINES, VERDICTS, header);

        assertThat(out).isEqualTo("""
                file      asiae/economy-01.txt
                encoding  UTF-8
                title     Exports rise for a third month
                lines     6: 1 kept, 3 dropped, 2 blank

                LINE  VERDICT  KIND        RULE              TEXT
                0001  DROP     navigation  nav.pipes         Home | World | Economy
                0002
                0003  DROP     title       title.first_line  Exports rise for a third month
                0004  KEEP     body        body.prose        Exports rose 4.1% in October.
                0005
                0006  DROP     copyright   copyright.symbol  ⓒ asiae.co.kr
                """);
    }

    @Test
    void marksNonBlankLinesWithoutAVerdict() {
        String out = ExplainFormatter.format("a.txt", List.of("kept", "forgotten"),
                List.of(new LineVerdict(1, "kept", true, LineKind.BODY, "body")), Map.of());

        assertThat(out).contains("0002  ?        -     -     forgotten", "2: 1 kept, 0 dropped, 0 blank, 1 without verdict");
    }

    @Test
    void showsControlCharactersEscapedSoColumnsStayAligned() {
        String out = ExplainFormatter.format("a.txt", List.of("tab\there\u0007bell"),
                List.of(new LineVerdict(1, "tab\there\u0007bell", false, LineKind.WIDGET, "widget")), Map.of());

        assertThat(out).contains("0001  DROP     widget  widget  tab\\there\\u0007bell").doesNotContain("\t", "\u0007");
    }

    @Test
    void widensTheNumberColumnForLongDumps() {
        List<String> lines = Collections.nCopies(12000, "");

        String out = ExplainFormatter.format("long.txt", lines, List.of(), Map.of());

        assertThat(out).contains("\n00001\n", "\n12000\n").contains("LINE   VERDICT");
    }
}
