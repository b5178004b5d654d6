package io.newsprep.language;

/** ISO 639-1 language code ("und" when undeterminable) and the detector's confidence in 0..1. */
public record LanguageTag(String code, double confidence) {

    public static final LanguageTag UNDETERMINED = new LanguageTag("und", 0.0);
}
