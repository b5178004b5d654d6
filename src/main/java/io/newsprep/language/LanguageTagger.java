package io.newsprep.language;

import com.carrotsearch.labs.langid.DetectedLanguage;
import com.carrotsearch.labs.langid.LangIdV3;
import com.carrotsearch.labs.langid.Model;

/**
 * Tags the language of a text with an ISO 639-1 code and a confidence in 0..1. Works on a bounded
 * sample (the longer lines first). Scripts that belong to one language (Hangul, kana, Thai, Greek,
 * Hebrew, Georgian, Armenian) decide directly; otherwise the langid model decides, with corrections
 * for its known confusions: Azerbaijani read as Turkish (the letter ə settles it), and Indonesian
 * read as Malay or Javanese (Indonesian unless the text carries clearly Malay vocabulary; Javanese
 * news is too rare in the folders newsprep reads to be worth the false alarms). Thread-safe.
 */
public final class LanguageTagger {

    /** Below this many letters (in {@link ScriptProfile#evidence Latin-letter equivalents}) the text is too short to tell. */
    static final int MIN_LETTERS = 20;
    private static final double SCRIPT_SHARE = 0.5;
    /** Letters of sample from which the model's probability is taken at face value. */
    static final int FULL_EVIDENCE_LETTERS = 150;

    private final Model model = Model.defaultModel();
    // LangIdV3 keeps scratch buffers per instance; the model itself is shared and read-only
    private final ThreadLocal<LangIdV3> langId = ThreadLocal.withInitial(() -> new LangIdV3(model));

    public LanguageTag detect(String text) {
        if (text == null || text.isBlank()) {
            return LanguageTag.UNDETERMINED;
        }
        String sample = TextSample.of(text);
        ScriptProfile scripts = ScriptProfile.of(sample);
        if (scripts.evidence() < MIN_LETTERS) {
            return LanguageTag.UNDETERMINED;
        }
        LanguageTag byScript = byScript(scripts);
        if (byScript != null) {
            return byScript;
        }
        DetectedLanguage d = langId.get().classify(sample, true);
        String code = d.getLangCode();
        // the model's normalised probability saturates near 1 even on a few words; scale it by the evidence
        double confidence = clamp(d.getConfidence()) * Math.min(1.0, (double) scripts.evidence() / FULL_EVIDENCE_LETTERS);
        if (("tr".equals(code) || "az".equals(code)) && scripts.share(scripts.schwa()) >= 0.005) {
            return new LanguageTag("az", Math.max(confidence, 0.9));
        }
        if ("ms".equals(code) || "id".equals(code) || "jv".equals(code)) {
            return new LanguageTag(MalayOrIndonesian.decide(sample), confidence);
        }
        return new LanguageTag(code, confidence);
    }

    private static LanguageTag byScript(ScriptProfile s) {
        double cjk = s.share(s.kana() + s.han());
        if (s.share(s.hangul()) >= SCRIPT_SHARE) {
            return tag("ko", s.share(s.hangul()));
        }
        if (cjk >= SCRIPT_SHARE && s.kana() * 10 >= s.kana() + s.han()) {
            return tag("ja", cjk);
        }
        if (cjk >= SCRIPT_SHARE && s.kana() == 0) {
            return tag("zh", s.share(s.han()));
        }
        if (s.share(s.thai()) >= SCRIPT_SHARE) {
            return tag("th", s.share(s.thai()));
        }
        if (s.share(s.greek()) >= SCRIPT_SHARE) {
            return tag("el", s.share(s.greek()));
        }
        if (s.share(s.hebrew()) >= SCRIPT_SHARE) {
            return tag("he", s.share(s.hebrew()));
        }
        if (s.share(s.georgian()) >= SCRIPT_SHARE) {
            return tag("ka", s.share(s.georgian()));
        }
        if (s.share(s.armenian()) >= SCRIPT_SHARE) {
            return tag("hy", s.share(s.armenian()));
        }
        return null;
    }

    /** A script shortcut is as sure as the script's share of the letters, never below 0.9 once it applies. */
    private static LanguageTag tag(String code, double share) {
        return new LanguageTag(code, Math.max(0.9, Math.min(1.0, share)));
    }

    private static double clamp(double c) {
        return Double.isNaN(c) ? 0 : Math.max(0, Math.min(1, c));
    }
}
