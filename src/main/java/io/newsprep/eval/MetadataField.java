package io.newsprep.eval;

import java.util.List;

/** The scored metadata fields: what the gold says, which article field predicts it, and when a page counts. */
public enum MetadataField {
    PUBLISHED("published", "published") {
        @Override
        Verdict judge(MetadataGold gold, MetadataPrediction p, boolean dumpInput) {
            if (gold.published() == null || MetadataMatch.day(gold.published()) == null
                    || (dumpInput && !Boolean.TRUE.equals(gold.publishedVisible()))) {
                return Verdict.NOT_SCORED;
            }
            String day = MetadataMatch.day(p.published());
            return day == null ? Verdict.NULL
                    : day.equals(MetadataMatch.day(gold.published())) ? Verdict.RIGHT : Verdict.WRONG;
        }
    },
    AUTHORS("authors", "authors") {
        @Override
        Verdict judge(MetadataGold gold, MetadataPrediction p, boolean dumpInput) {
            List<String> required = dumpInput
                    ? (gold.authorsVisible() == null ? List.of() : gold.authorsVisible()) : gold.authors();
            if (required.isEmpty()) {
                return Verdict.NOT_SCORED;
            }
            if (p.authors().isEmpty()) {
                return Verdict.NULL;
            }
            return MetadataMatch.authorsRight(gold.authors(), required, p.authors()) ? Verdict.RIGHT : Verdict.WRONG;
        }
    },
    SECTION("section", "section") {
        @Override
        Verdict judge(MetadataGold gold, MetadataPrediction p, boolean dumpInput) {
            return nameVerdict(gold.section(), gold.sectionVisible(), p.section(), dumpInput);
        }
    },
    PUBLISHER("publisher", "source_name") {
        @Override
        Verdict judge(MetadataGold gold, MetadataPrediction p, boolean dumpInput) {
            return nameVerdict(gold.siteName(), gold.siteNameVisible(), p.publisher(), dumpInput);
        }
    };

    /** How one page's prediction of a field compares with its gold. */
    public enum Verdict { RIGHT, WRONG, NULL, NOT_SCORED }

    private final String label;
    private final String articleKey;

    MetadataField(String label, String articleKey) {
        this.label = label;
        this.articleKey = articleKey;
    }

    public String label() {
        return label;
    }

    /** The articles.jsonl field the prediction is read from. */
    public String articleKey() {
        return articleKey;
    }

    /**
     * Whether the prediction is right, wrong or missing; not scored when the gold has no value, or, for a text
     * dump, when the dump does not show it (a saved HTML page has it in its tags, so every gold value counts).
     */
    abstract Verdict judge(MetadataGold gold, MetadataPrediction prediction, boolean dumpInput);

    private static Verdict nameVerdict(String gold, Boolean visible, String predicted, boolean dumpInput) {
        if (gold == null || gold.isBlank() || (dumpInput && !Boolean.TRUE.equals(visible))) {
            return Verdict.NOT_SCORED;
        }
        if (predicted == null || predicted.isBlank()) {
            return Verdict.NULL;
        }
        return MetadataMatch.sameName(gold, predicted) ? Verdict.RIGHT : Verdict.WRONG;
    }
}
