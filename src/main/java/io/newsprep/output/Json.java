package io.newsprep.output;

import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/** The one mapper every codec in this package shares; Jackson mappers are thread-safe once built. */
public final class Json {

    public static final JsonMapper MAPPER = JsonMapper.builder(
            JsonFactory.builder().characterEscapes(new LineSafeEscapes()).build()).build();

    private Json() {
    }

    /** A language confidence as published: within 0..1, at most {@value ArticleJson#CONFIDENCE_DECIMALS} decimals. */
    public static double confidence(double value) {
        return Math.min(1.0, Math.max(0.0, round(value, ArticleJson.CONFIDENCE_DECIMALS)));
    }

    /** Rounds to the given number of decimals; non-finite values have no JSON form and become 0. */
    public static double round(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return 0.0;
        }
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
