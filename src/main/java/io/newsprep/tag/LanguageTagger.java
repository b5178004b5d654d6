package io.newsprep.tag;

import com.carrotsearch.labs.langid.DetectedLanguage;
import com.carrotsearch.labs.langid.LangIdV3;

/** Tags the language of a cleaned body. */
public final class LanguageTagger {

    private final LangIdV3 langId = new LangIdV3();

    public LanguageTag detect(String text) {
        if (text == null || text.isBlank()) {
            return LanguageTag.UNDETERMINED;
        }
        DetectedLanguage d = langId.classify(text, true);
        return new LanguageTag(d.getLangCode(), d.getConfidence());
    }
}
