package io.newsprep.clean;

import io.newsprep.text.Script;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Lines are judged alone first, then short and near-good lines by their neighbours. */
class LineClassifierTest {

    private static final String GOOD = "The armored vehicles moved near the wooded area and fired their machine guns while "
            + "ordering the infantry on board to disembark, but the infantry did not advance and lay down beside them.";

    private final FeatureExtractor english = new FeatureExtractor(new StopWords().of("en"), Script.LATIN);
    private final LineClassifier classifier = new LineClassifier();

    private Classification[] classify(String... lines) {
        List<LineFeatures> f = java.util.Arrays.stream(lines).map(english::of).toList();
        return classifier.classify(f, new boolean[lines.length], new boolean[lines.length], true);
    }

    @Test
    void aLongParagraphWithFunctionWordsIsGood() {
        assertThat(classifier.alone(english.of(GOOD), true).cls()).isEqualTo(LineClass.GOOD);
        assertThat(classifier.alone(english.of("Weather Traffic Sports Politics Opinion Obituaries Classifieds Jobs "
                + "Cars Real Estate Contests Newsletters"), true).cls()).isEqualTo(LineClass.BAD);
    }

    @Test
    void aShortLineBetweenGoodParagraphsStays() {
        Classification[] c = classify(GOOD, "Conclusion", GOOD);
        assertThat(c[1].cls()).isEqualTo(LineClass.GOOD);
        assertThat(c[1].rule()).isEqualTo("classifier:short-between-good");
    }

    @Test
    void aShortLineAmongChromeGoes() {
        Classification[] c = classify("Weather Traffic Sports Politics Opinion Obituaries Classifieds Jobs Cars Estates",
                "Subscribe today", "Weather Traffic Sports Politics Opinion Obituaries Classifieds Jobs Cars Estates");
        assertThat(c[1].cls()).isEqualTo(LineClass.BAD);
    }

    @Test
    void linkListRunsGo() {
        Classification[] c = classify(GOOD, "* Home", "* World News", "* Politics", "* Sports", GOOD);
        assertThat(c[1].rule()).isEqualTo("classifier:bad-short-link-run");
        assertThat(c[4].cls()).isEqualTo(LineClass.BAD);
    }

    @Test
    void aNearGoodLineNextToTextStaysAndAmongChromeGoes() {
        String nearGood = "The footage has been shared on social media platforms and outlets.";
        String padded = nearGood + " It was filmed last month.";
        assertThat(classifier.alone(english.of(padded), true).cls()).isEqualTo(LineClass.NEAR_GOOD);
        assertThat(classify(GOOD, padded)[1].cls()).isEqualTo(LineClass.GOOD);
        assertThat(classify("© 2019 Example Media Group Incorporated Limited Partnership Holdings",
                padded, "Terms Privacy Contact Advertise Careers Sitemap Accessibility Help Center")[1].cls())
                .isEqualTo(LineClass.BAD);
    }

    @Test
    void aHeadlineShapedLineBetweenParagraphsIsACrossHead() {
        Classification[] c = classify(GOOD,
                "U.S. Department of Defense: \"Over 1,000 North Korean Soldiers Killed or Wounded... No Signs Yet\"", GOOD);
        assertThat(c[1].cls()).isEqualTo(LineClass.GOOD);
        assertThat(c[1].rule()).isEqualTo("classifier:cross-head");
    }

    @Test
    void aTerseResultSentenceAndItsCrossHeadBetweenParagraphsStay() {
        Classification[] c = classify(GOOD, "ARGENTINA CRUISES",
                "Argentina got past Chile 3-0 in Group C, with Guido Pella beating Nicolas Jarry 6-4, 6-3.", GOOD);
        assertThat(c[2].rule()).isEqualTo("classifier:sentence-between-good");
        assertThat(c[1].cls()).isEqualTo(LineClass.GOOD);
    }

    @Test
    void aTerseDocumentFallsBackToSentences() {
        List<LineFeatures> f = List.of(english.of("Wichita West senior David Garcia finished second in the 50 yard freestyle."));
        Classification[] c = classifier.classify(f, new boolean[1], new boolean[1], true);
        assertThat(c[0].good()).isFalse();
        classifier.acceptSentences(f, new boolean[1], c);
        assertThat(c[0].good()).isTrue();
    }
}
