package io.newsprep.clean;

import io.newsprep.text.Script;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Line features the classifier relies on, from lines as the three converters write them. */
class FeatureExtractorTest {

    private final StopWords stopWords = new StopWords();
    private final FeatureExtractor english = new FeatureExtractor(stopWords.of("en"), Script.LATIN);

    @Test
    void countsWordsAndFunctionWords() {
        LineFeatures f = english.of("He added that the troops were not trained for this kind of war.");
        assertThat(f.words()).isEqualTo(13);
        assertThat(f.stopDensity(true)).isGreaterThan(0.4);
        assertThat(f.sentenceEnd()).isTrue();
        assertThat(f.fullStop()).isTrue();
    }

    @Test
    void headlinesEndWithoutAFullStop() {
        LineFeatures f = english.of("\"No training provided, so hands and feet don't coordinate\"");
        assertThat(f.fullStop()).isFalse();
        assertThat(f.capitalised()).isLessThan(0.5);
        assertThat(english.of("Why Did He Say That?").fullStop()).isFalse();
    }

    @Test
    void sentencesEndWithTheFullStopsOfOtherScripts() {
        FeatureExtractor hindi = new FeatureExtractor(stopWords.of("hi"), Script.DEVANAGARI);
        LineFeatures danda = hindi.of("आयोजकों ने घोषणा की है कि अगले वर्ष से उत्सव के कुछ सत्र पुस्तकालयों में होंगे।");
        assertThat(danda.sentenceEnd()).isTrue();
        assertThat(danda.fullStop()).isTrue();
        assertThat(danda.stopWords()).isGreaterThanOrEqualTo(6);
        FeatureExtractor neutral = new FeatureExtractor(StopList.NONE, Script.ARABIC);
        assertThat(neutral.of("منصوبے پر تقریباً دو سال لگنے کی توقع ہے۔").sentenceEnd()).isTrue();
        assertThat(neutral.of("هل ستعود المياه إلى النهر؟").fullStop()).isFalse();
        assertThat(neutral.of("هل ستعود المياه إلى النهر؟").sentenceEnd()).isTrue();
    }

    @Test
    void thaiClausesReadAsASentenceAndASingleRunDoesNot() {
        FeatureExtractor thai = new FeatureExtractor(StopList.NONE, Script.THAI);
        assertThat(thai.of("ผู้ประกอบการโรงแรมในเชียงใหม่เปิดเผยว่า ห้องพักในช่วงวันงานถูกจองเต็มเกือบทั้งหมดแล้ว").sentenceEnd()).isTrue();
        assertThat(thai.of("หน้าแรก").sentenceEnd()).isFalse();
        assertThat(thai.of("ข่าว 2026").sentenceEnd()).isFalse();
        assertThat(thai.of("ผู้ประกอบการโรงแรมในเชียงใหม่เปิดเผยว่า ห้องพักในช่วงวันงาน").fullStop()).isFalse();
    }

    @Test
    void recognisesBulletsFromEveryConverter() {
        assertThat(english.of("     * Subscribe").bullet()).isTrue();
        assertThat(english.of("               o Contact CT Post").bullet()).isTrue();
        assertThat(english.of("• Home").bullet()).isTrue();
        assertThat(english.of("- great").bullet()).isTrue();
        assertThat(english.of("Our plan is simple.").bullet()).isFalse();
    }

    @Test
    void recognisesPlaceholdersSeparatorsLinksAndMail() {
        assertThat(english.of("[logo]").placeholder()).isTrue();
        assertThat(english.of("IFRAME: https://www.youtube.com/embed/abc").placeholder()).isTrue();
        assertThat(english.of("____________________ Go (BUTTON)").placeholder()).isTrue();
        assertThat(english.of("News\tSports\tWeather").separators()).isEqualTo(2);
        assertThat(english.of("Home » World » Asia").separators()).isEqualTo(2);
        assertThat(english.of("Read it at www.example.com").url()).isTrue();
        assertThat(english.of("Reporter Ko Do-ye [email protected]").email()).isTrue();
    }

    @Test
    void aLineInAnotherScriptThanTheBodyIsForeign() {
        assertThat(english.of("본문 바로가기").foreignScript()).isTrue();
        assertThat(english.of("Skip to content").foreignScript()).isFalse();
        FeatureExtractor korean = new FeatureExtractor(StopList.NONE, Script.HANGUL);
        assertThat(korean.of("北 병사들 러시아군과 전투").foreignScript()).isFalse();
    }

    @Test
    void unspacedScriptsWeighByCharacter() {
        FeatureExtractor japanese = new FeatureExtractor(StopList.NONE, Script.CJK);
        LineFeatures f = japanese.of("北朝鮮軍がロシアのクルスク州で初めて戦闘に参加したと発表した。");
        assertThat(f.length()).isGreaterThan(LineClassifier.LENGTH_LOW);
        assertThat(f.words()).isGreaterThan(5);
        assertThat(f.sentenceEnd()).isTrue();
    }
}
