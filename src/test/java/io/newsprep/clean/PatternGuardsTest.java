package io.newsprep.clean;

import static io.newsprep.testing.PatternStarts.before;
import static io.newsprep.testing.PatternStarts.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The first characters that let a headline or byline pattern run are exactly those it can start with. */
class PatternGuardsTest {

    @Test
    void headlineBulletStartsWithAListedMark() {
        assertEquals(before(HeadlineFeatures.BULLET, " Home"), sorted(HeadlineFeatures.BULLET_MARKS));
    }

    @Test
    void bylineLeadingMarkStartsWithAListedMarkOrASlash() {
        // the probe's slash completes the comment mark "//"
        assertEquals(before(BylineParser.LEADING_MARK, "/"), sorted(BylineParser.LEADING_MARK_STARTS));
    }
}
