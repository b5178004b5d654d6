package io.newsprep.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class LanguageTaggerTest {

    private static final Path FOLDER = Path.of("src/test/resources/languages");
    private static final LanguageTagger TAGGER = new LanguageTagger();
    /** The gold of each dump of the folder (see its README): its language and article body, by dump. */
    private static final Map<Path, JsonNode> GOLD = gold();

    private static Map<Path, JsonNode> gold() {
        Map<Path, JsonNode> gold = new TreeMap<>();
        JsonMapper mapper = JsonMapper.builder().build();
        try {
            for (String line : Files.readAllLines(FOLDER.resolve("gold.jsonl"), StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    JsonNode g = mapper.readTree(line);
                    gold.put(dump(g.get("id").asString()), g);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return gold;
    }

    private static Path dump(String id) {
        return FOLDER.resolve("dumps").resolve(id + ".txt");
    }

    static Stream<Path> dumps() {
        assertThat(GOLD).hasSizeGreaterThanOrEqualTo(24);
        return GOLD.keySet().stream();
    }

    private static String expected(Path dump) {
        return GOLD.get(dump).get("language").asString();
    }

    /** The article's paragraphs, without the chrome around them. */
    private static String body(Path dump) {
        return GOLD.get(dump).get("articleBody").asString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dumps")
    void tagsTheBodyOfEachLanguageDump(Path dump) throws IOException {
        LanguageTag tag = TAGGER.detect(body(dump));
        assertThat(tag.code()).isEqualTo(expected(dump));
        assertThat(tag.confidence()).isBetween(0.5, 1.0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dumps")
    void tagsTheWholeDumpDespiteChromeInAnotherScript(Path dump) throws IOException {
        String text = Files.readString(dump, StandardCharsets.UTF_8);
        assertThat(TAGGER.detect(text).code()).isEqualTo(expected(dump));
    }

    @Test
    void ruleLinesAndLinkListsDoNotMisleadTheModel() throws IOException {
        String rule = "━".repeat(150);
        String body = body(dump("en"));
        StringBuilder dump = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            dump.append(rule).append('\n').append("[Social-Fac] [Social-Twi] [Social-Lin]").append('\n');
        }
        dump.append(body).append('\n').append((rule + "\n").repeat(10));
        assertThat(TAGGER.detect(dump.toString()).code()).isEqualTo("en");
    }

    @Test
    void tooShortOrEmptyIsUndetermined() {
        assertThat(TAGGER.detect("")).isEqualTo(LanguageTag.UNDETERMINED);
        assertThat(TAGGER.detect(null)).isEqualTo(LanguageTag.UNDETERMINED);
        assertThat(TAGGER.detect("Close\nTop\n12:30")).isEqualTo(LanguageTag.UNDETERMINED);
    }

    @Test
    void fewWordsGiveLessConfidenceThanAnArticle() throws IOException {
        LanguageTag shortText = TAGGER.detect("The council approved the park plan.");
        LanguageTag article = TAGGER.detect(Files.readString(dump("en")));
        assertThat(shortText.code()).isEqualTo("en");
        assertThat(shortText.confidence()).isLessThan(0.3);
        assertThat(article.confidence()).isGreaterThan(0.9);
    }

    @Test
    void aHeadlineInHangulOrHanIsEnoughToTell() {
        assertThat(TAGGER.detect("서울시, 한강 공원에 새 자전거 도로 만든다").code()).isEqualTo("ko");
        assertThat(TAGGER.detect("城市图书馆延长夜间开放时间").code()).isEqualTo("zh");
        assertThat(TAGGER.detect("地方の小さな駅に観光客が急増").code()).isEqualTo("ja");
    }

    @Test
    void vowelSignsCountAsEvidence() {
        // a paragraph of Devanagari, Gurmukhi or Tamil is as sure as one of Latin letters of the same length
        for (String id : List.of("hi", "pa", "ta", "bn", "ne")) {
            String paragraph = body(dump(id)).split("\n\n")[0];
            assertThat(TAGGER.detect(paragraph).confidence()).as(id).isGreaterThan(0.9);
        }
    }

    @Test
    void kanaDecidesJapaneseEvenWhenHanDominates() {
        assertThat(TAGGER.detect("東京都知事選挙の投票率は前回を上回る見通しと発表された").code()).isEqualTo("ja");
        assertThat(TAGGER.detect("东京都知事选举的投票率预计将超过上次，有关部门今天宣布了结果").code()).isEqualTo("zh");
    }

    @Test
    void scriptShortcutsForSingleLanguageScripts() {
        assertThat(TAGGER.detect("Η κυβέρνηση ανακοίνωσε σήμερα νέα μέτρα για την οικονομία της χώρας").code()).isEqualTo("el");
        assertThat(TAGGER.detect("รัฐบาลประกาศมาตรการใหม่เพื่อช่วยเหลือเศรษฐกิจของประเทศในวันนี้").code()).isEqualTo("th");
        assertThat(TAGGER.detect("הממשלה הודיעה היום על צעדים חדשים לכלכלת המדינה").code()).isEqualTo("he");
        assertThat(TAGGER.detect("მთავრობამ დღეს ქვეყნის ეკონომიკისთვის ახალი ზომები გამოაცხადა").code()).isEqualTo("ka");
        assertThat(TAGGER.detect("Կառավարությունն այսօր հայտարարեց երկրի տնտեսության նոր միջոցառումների մասին").code()).isEqualTo("hy");
    }

    @Test
    void malayNeedsClearlyMalayVocabularyOtherwiseIndonesian() {
        String malay = "Kerajaan negeri berkata syarikat itu boleh membayar wang pampasan kerana mahkamah telah "
                + "memutuskan bahawa kenyataan polis itu sahaja tidak mencukupi untuk menolak tuntutan penduduk kampung.";
        assertThat(TAGGER.detect(malay).code()).isEqualTo("ms");
        String indonesian = "Pemerintah mengatakan perusahaan itu bisa membayar uang ganti rugi karena pengadilan telah "
                + "memutuskan bahwa pernyataan polisi saja tidak cukup untuk menolak tuntutan warga desa.";
        assertThat(TAGGER.detect(indonesian).code()).isEqualTo("id");
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        String de = Files.readString(dump("de"));
        String ko = Files.readString(dump("ko"));
        String fr = Files.readString(dump("fr"));
        List<Thread> threads = new java.util.ArrayList<>();
        java.util.concurrent.atomic.AtomicInteger wrong = new java.util.concurrent.atomic.AtomicInteger();
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 200; i++) {
                    if (!TAGGER.detect(de).code().equals("de") || !TAGGER.detect(fr).code().equals("fr")
                            || !TAGGER.detect(ko).code().equals("ko")) {
                        wrong.incrementAndGet();
                    }
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(wrong.get()).isZero();
    }
}
