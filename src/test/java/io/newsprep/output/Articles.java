package io.newsprep.output;

import io.newsprep.clean.LineKind;
import io.newsprep.clean.LineVerdict;
import io.newsprep.pipeline.Article;

import java.util.List;

/** Articles for tests: a fully populated default, and copies with one thing changed. */
public final class Articles {

    private Articles() {
    }

    public static Article sample() {
        return new Article(
                "a1b2c3d4e5f60718", "asiae/2026/economy-01.txt", "https://www.asiae.co.kr/article/2026112201",
                "Exports rise for a third month", List.of("Chips lead the gains"), List.of("Kim Min-ji"),
                "2026-11-21", "Economy", "Exports rose 4.1% in October.\n\nChip sales led the gains.",
                "en", 0.9871, "asiae.co.kr", "The Asia Business Daily", "url", "UTF-8", 11,
                List.of(new LineVerdict(1, "Home | World | Economy", false, LineKind.NAVIGATION, "nav.pipes"),
                        new LineVerdict(9, "ⓒ asiae.co.kr", false, LineKind.COPYRIGHT, "copyright.symbol")),
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                "20261122T053012Z-4f2a", "2026-11-22T05:30:14Z", "0.1.0");
    }

    public static Article withText(String title, List<String> subtitles, List<String> authors, String body) {
        Article a = sample();
        return new Article(a.id(), a.sourceFile(), a.url(), title, subtitles, authors, a.published(), a.section(),
                body, a.language(), a.languageConfidence(), a.sourceDomain(), a.sourceName(), a.sourceMethod(),
                a.encoding(), a.wordCount(), a.removed(), a.contentSha256(), a.runId(), a.ingestedAt(),
                a.pipelineVersion());
    }

    public static Article withTitle(String title) {
        Article a = sample();
        return withText(title, a.subtitles(), a.authors(), a.body());
    }

    public static Article withNulls() {
        Article a = sample();
        return new Article(a.id(), a.sourceFile(), null, null, List.of(), List.of(), null, null, a.body(),
                "und", 0.0, null, null, "none", a.encoding(), a.wordCount(), List.of(), a.contentSha256(),
                a.runId(), a.ingestedAt(), a.pipelineVersion());
    }

    public static Article with(String sourceFile, String domain, String language, double confidence, int words,
                        List<LineVerdict> removed) {
        Article a = sample();
        return new Article(a.id(), sourceFile, a.url(), a.title(), a.subtitles(), a.authors(), a.published(),
                a.section(), a.body(), language, confidence, domain, a.sourceName(), a.sourceMethod(), a.encoding(),
                words, removed, a.contentSha256(), a.runId(), a.ingestedAt(), a.pipelineVersion());
    }

    public static Article withConfidence(double confidence) {
        Article a = sample();
        return with(a.sourceFile(), a.sourceDomain(), a.language(), confidence, a.wordCount(), a.removed());
    }

    public static Article withPublisher(String domain, String name) {
        Article a = sample();
        return new Article(a.id(), a.sourceFile(), a.url(), a.title(), a.subtitles(), a.authors(), a.published(),
                a.section(), a.body(), a.language(), a.languageConfidence(), domain, name, a.sourceMethod(),
                a.encoding(), a.wordCount(), a.removed(), a.contentSha256(), a.runId(), a.ingestedAt(),
                a.pipelineVersion());
    }
}
