package io.newsprep.clean;

import io.newsprep.input.Dump;
import io.newsprep.input.DumpFormat;
import io.newsprep.input.MarkedLines;
import io.newsprep.input.PageMetadata;
import io.newsprep.input.SourceFile;
import io.newsprep.publisher.PublisherProfile;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole-document behaviour of the hand-made cleaner ({@code --line-model off}): what ends up in the body, which
 * metadata is lifted out, and why each line went. The line model's own behaviour is in {@link ModelCleanerTest}.
 */
class CleanerTest {

    private static final String P1 = SampleParagraphs.P1;
    private static final String P2 = SampleParagraphs.P2;
    private static final String P3 = SampleParagraphs.P3;

    private final Cleaner cleaner = Cleaner.withoutModel();

    private static LineVerdict verdict(CleanedDocument d, String text) {
        return d.verdicts().stream().filter(v -> v.text().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void everyNonBlankLineGetsAVerdictWithItsLineNumber() {
        CleanedDocument d = cleaner.clean(TestDumps.of("Menu", "", P1, "", "", P2), null);
        assertThat(d.verdicts()).extracting(LineVerdict::line).containsExactly(1, 3, 6);
        assertThat(d.verdicts()).allSatisfy(v -> assertThat(v.rule()).isNotBlank());
    }

    @Test
    void anEmptyOrChromeOnlyDumpGivesAnEmptyBody() {
        CleanedDocument empty = cleaner.clean(TestDumps.of("", "  ", ""), null);
        assertThat(empty.paragraphs()).isEmpty();
        assertThat(empty.verdicts()).isEmpty();
        assertThat(empty.title()).isNull();
        CleanedDocument chrome = cleaner.clean(TestDumps.of("Home", "Menu", "Close", "© 2024 Example"), null);
        assertThat(chrome.paragraphs()).isEmpty();
        assertThat(chrome.verdicts()).hasSize(4).noneMatch(LineVerdict::kept);
    }

    @Test
    void everythingAfterAnEndMarkerIsAppended() {
        CleanedDocument d = cleaner.clean(TestDumps.of(P1, P2, "Most read", P3, P3), null);
        assertThat(d.paragraphs()).containsExactly(P1, P2);
        assertThat(verdict(d, "Most read").kind()).isEqualTo(LineKind.WIDGET);
        assertThat(d.verdicts().get(3).kind()).isEqualTo(LineKind.APPENDED);
    }

    @Test
    void anEndMarkerBeforeTheArticleDoesNotEndIt() {
        CleanedDocument d = cleaner.clean(TestDumps.of("Related", "Menu", P1, P2, P3), null);
        assertThat(d.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void reactionWidgetsAndBylinesAfterTheBodyGo() {
        CleanedDocument d = cleaner.clean(TestDumps.of(P1, P2, "Reporter Ko Do-ye [email protected]", "-", "- great",
                "- 0", "- I’m sad", "- 0"), null);
        assertThat(d.paragraphs()).containsExactly(P1, P2);
        assertThat(d.authors()).containsExactly("Ko Do-ye");
        assertThat(verdict(d, "- great").kind()).isEqualTo(LineKind.WIDGET);
    }

    @Test
    void headlineDecksDateAndSectionAreLiftedOut() {
        CleanedDocument d = cleaner.clean(TestDumps.of("World", "", "North Korean Troops Engage in First Combat in Kursk",
                "", "Ukraine says the first soldiers came under fire", "", "November 4, 2024", "", "By Jane Smith", "", P1, P2),
                null);
        assertThat(d.section()).isEqualTo("World");
        assertThat(d.title()).isEqualTo("North Korean Troops Engage in First Combat in Kursk");
        assertThat(d.subtitles()).containsExactly("Ukraine says the first soldiers came under fire");
        assertThat(d.published()).isEqualTo("2024-11-04");
        assertThat(d.authors()).containsExactly("Jane Smith");
        assertThat(d.paragraphs()).containsExactly(P1, P2);
    }

    @Test
    void theHtmlTitleMarksTheHeadlineLine() {
        Dump dump = new Dump(new SourceFile(Path.of("a.html"), "a.html"), "", 0, "UTF-8", DumpFormat.HTML,
                List.of("Kursk fighting: what we know", "Latest news in brief today", "Troops fight in Kursk region", P1, P2),
                new PageMetadata(null, "Troops fight in Kursk region | Example News", "2024-11-13T09:30:00+09:00",
                        List.of("Jo Eun-ah"), "World", null));
        CleanedDocument d = cleaner.clean(dump, null);
        assertThat(d.title()).isEqualTo("Troops fight in Kursk region");
        assertThat(d.published()).isEqualTo("2024-11-13T09:30:00+09:00");
        assertThat(d.authors()).containsExactly("Jo Eun-ah");
        assertThat(d.section()).isEqualTo("World");
        assertThat(d.paragraphs()).containsExactly(P1, P2);
    }

    @Test
    void linesTheMarkupPlacesInTheArticleAreKeptHoweverShort() {
        List<String> lines = List.of(P1, P2, "KAZAKHSTAN WINS AGAIN", "Kazakhstan won 2-1.", "Follow us", "Ad");
        Dump dump = new Dump(new SourceFile(Path.of("a.html"), "a.html"), "", 0, "UTF-8", DumpFormat.HTML, lines,
                PageMetadata.NONE, MarkedLines.of(BitSet.valueOf(new long[] {0b1111})));
        CleanedDocument d = cleaner.clean(dump, null);
        assertThat(d.paragraphs()).containsExactly(P1, P2, "KAZAKHSTAN WINS AGAIN", "Kazakhstan won 2-1.");
        assertThat(verdict(d, "Kazakhstan won 2-1.").rule()).isEqualTo("markup:article-text");
        assertThat(verdict(d, "Ad").kept()).isFalse();

        CleanedDocument unmarked = cleaner.clean(TestDumps.of(lines.toArray(String[]::new)), null);
        assertThat(unmarked.paragraphs()).doesNotContain("Kazakhstan won 2-1.");
    }

    @Test
    void aMarkedLineUnderTheHeadlineIsBodyNotADeckAndUnmarkedLinesThereGo() {
        String opening = "The old harbour reopened on Tuesday after two years of repairs";
        List<String> lines = List.of("Harbour reopens after two years", "Picture agency", opening, P1, P2);
        Dump dump = new Dump(new SourceFile(Path.of("a.html"), "a.html"), "", 0, "UTF-8", DumpFormat.HTML, lines,
                new PageMetadata(null, "Harbour reopens after two years | Example Times", null, List.of(), null, null),
                MarkedLines.of(BitSet.valueOf(new long[] {0b11100})));
        CleanedDocument d = cleaner.clean(dump, null);
        assertThat(d.title()).isEqualTo("Harbour reopens after two years");
        assertThat(d.subtitles()).isEmpty();
        assertThat(d.paragraphs()).containsExactly(opening, P1, P2);
        assertThat(verdict(d, "Picture agency").kept()).isFalse();
    }

    @Test
    void markupThatMissesTheTextTheClassifierFoundIsNotTrusted() {
        List<String> lines = List.of(P1, P2, "Follow us", "Kazakhstan won 2-1.");
        Dump dump = new Dump(new SourceFile(Path.of("a.html"), "a.html"), "", 0, "UTF-8", DumpFormat.HTML, lines,
                PageMetadata.NONE, MarkedLines.of(BitSet.valueOf(new long[] {0b1000})));
        assertThat(cleaner.clean(dump, null).paragraphs()).containsExactly(P1, P2);
    }

    @Test
    void aDumpOpeningWithThePageTitleGuidesTheChoiceOfHeadline() {
        CleanedDocument d = cleaner.clean(TestDumps.of("Troops fight for the first time in the Kursk region - Example News",
                "Menu", "Watch Example News Live", "Troops fight in the Kursk region for the first time", P1, P2), null);
        assertThat(d.title()).isEqualTo("Troops fight in the Kursk region for the first time");
        assertThat(d.paragraphs()).containsExactly(P1, P2);
    }

    @Test
    void captionsThatRepeatTheHeadlineGo() {
        String title = "Russian Armored Vehicles Flee the Battlefield";
        String caption = title + " Russian armored vehicles retreating, leaving behind soldiers near the village";
        CleanedDocument d = cleaner.clean(TestDumps.of("Close", title, P1, caption, P2), null);
        assertThat(verdict(d, caption).kind()).isEqualTo(LineKind.CAPTION);
        assertThat(d.paragraphs()).containsExactly(P1, P2);
    }

    @Test
    void aLineAboveABarePhotoCreditIsItsCaption() {
        String caption = "Sheikh Mohammed passes a Boeing 787-10 passenger aircraft during the Dubai Air Show on Monday.";
        CleanedDocument d = cleaner.clean(TestDumps.of(P1, caption, "Natalie Naccache | Bloomberg | Getty Images", P2), null);
        assertThat(verdict(d, caption).kind()).isEqualTo(LineKind.CAPTION);
        assertThat(d.paragraphs()).containsExactly(P1, P2);
    }

    @Test
    void aQuotationInAnotherScriptInsideTheArticleStays() {
        String quote = "أَحْبِبْ حَبِيبَكَ هَوْنًا مَا عَسَى أَنْ يَكُونَ بَغِيضَكَ يَوْمًا مَا";
        CleanedDocument d = cleaner.clean(TestDumps.of(P1, quote, P2), null);
        assertThat(d.paragraphs()).containsExactly(P1, quote, P2);
    }

    @Test
    void aHeadlineRecurringInThePageIsChromeButARecurringSentenceIsNot() {
        String gallery = "Nissan is bringing sexy back with 2020 Sentra image";
        String question = "What inspired you to start cooking?";
        CleanedDocument d = cleaner.clean(TestDumps.of(P1, gallery, question, P2, gallery, question, P3, gallery, question, P1), null);
        assertThat(verdict(d, gallery).rule()).isEqualTo("repeated-line");
        assertThat(d.paragraphs()).containsExactly(P1, question, P2, question, P3, question, P1);
    }

    @Test
    void adLabelsBetweenParagraphsDoNotSplitTheArticle() {
        String shortParagraph = "It was the first time that the two countries had confirmed this officially.";
        CleanedDocument d = cleaner.clean(TestDumps.of(P1, "Advertisement", shortParagraph, "ADVERTISEMENT", P2), null);
        assertThat(d.paragraphs()).containsExactly(P1, shortParagraph, P2);
        assertThat(verdict(d, "ADVERTISEMENT").kind()).isEqualTo(LineKind.UI_LABEL);
    }

    @Test
    void aSkipLinkInAnotherScriptIsChrome() {
        CleanedDocument d = cleaner.clean(TestDumps.of("콘텐츠로 건너뛰기", P1, P2), null);
        assertThat(verdict(d, "콘텐츠로 건너뛰기").kept()).isFalse();
        assertThat(d.paragraphs()).containsExactly(P1, P2);
    }

    @Test
    void aProfilesChromeLinesAndPatternsAreRemoved() {
        PublisherProfile profile = new PublisherProfile("asiae", "asiae.co.kr", "The Asia Business Daily", List.of(),
                List.of("Most Viewed Stories Of The Day"), List.of(Pattern.compile("^Asia Business Daily Newsroom\\b")));
        String chromeSentence = "Asia Business Daily Newsroom brings you the stories that matter from across the region, "
                + "with analysis of the news that you will not find in any other place.";
        CleanedDocument d = cleaner.clean(TestDumps.of(P1, "Most Viewed Stories Of The Day", P2, chromeSentence, P3), profile);
        assertThat(verdict(d, "Most Viewed Stories Of The Day").rule()).isEqualTo("profile:asiae");
        assertThat(verdict(d, chromeSentence).kept()).isFalse();
        assertThat(d.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void aLanguageWithoutStopWordListKeepsItsSentences() {
        String k1 = "한국과 미국 정부는 러시아에 파병된 북한군이 우크라이나 전쟁의 격전지인 러시아 남서부 쿠르스크주에서 우크라이나군과 전투를 벌이고 있다고 밝혔다.";
        String k2 = "국가정보원은 13일 러시아에 파병된 북한군이 최근 2주 사이 쿠르스크 지역으로 이동해 전장 배치를 완료하고 이미 전투에 참여하고 있는 것으로 평가한다고 밝혔다.";
        CleanedDocument d = cleaner.clean(TestDumps.of("홈", "로그인", k1, k2, "무단 전재 및 재배포 금지"), null);
        assertThat(d.paragraphs()).containsExactly(k1, k2);
    }

    @Test
    void aJapaneseArticleKeepsItsParagraphsAndDropsItsMenus() {
        String j1 = "韓国と米国の両政府は、ロシアに派遣された北朝鮮軍がウクライナ軍とロシア西部クルスク州で戦闘を行っていると発表した。両国が北朝鮮軍の戦闘参加を公式に確認したのは初めてだ。";
        String j2 = "韓国の国家情報院は13日、北朝鮮軍が過去2週間でクルスク地域に移動し、戦場への配置を完了して既に戦闘に参加していると評価していると明らかにした。";
        String j3 = "米国務省の副報道官は12日、1万人以上の北朝鮮兵士がロシア東部に派遣され、その大半がクルスク州に移動してロシア軍と共に戦闘作戦を開始したことを確認したと述べた。";
        CleanedDocument d = cleaner.clean(TestDumps.of("ホーム", "ニュース", "スポーツ", "ログイン",
                "北朝鮮軍、クルスクで初の戦闘参加を確認", "2024年11月14日", j1, j2, j3, "関連記事",
                "ロシア軍の損失が拡大", "Copyright © Example Shimbun. All rights reserved."), null);
        assertThat(d.title()).isEqualTo("北朝鮮軍、クルスクで初の戦闘参加を確認");
        assertThat(d.published()).isEqualTo("2024-11-14");
        assertThat(d.paragraphs()).containsExactly(j1, j2, j3);
    }

    @Test
    void oneCleanerServesManyThreads() throws Exception {
        Dump dump = TestDumps.of("Close", "Troops Engage in First Combat", P1, P2, "Join us on social!");
        List<String> expected = cleaner.clean(dump, null).paragraphs();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                results.add(pool.submit(() -> cleaner.clean(dump, null).paragraphs()));
            }
            for (Future<List<String>> r : results) {
                assertThat(r.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }
}
