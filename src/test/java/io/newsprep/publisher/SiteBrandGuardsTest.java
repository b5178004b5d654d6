package io.newsprep.publisher;

import static io.newsprep.testing.PatternStarts.after;
import static io.newsprep.testing.PatternStarts.before;
import static io.newsprep.testing.PatternStarts.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The bullet pattern of a brand line runs on every line it could change: its first or last character is listed. */
class SiteBrandGuardsTest {

    @Test
    void leadingMarksAreListed() {
        assertEquals(before(SiteBrand.BULLET, "Brand"), sorted(SiteBrand.BULLET_STARTS));
    }

    @Test
    void trailingMarksAndLineEndsAreListed() {
        // after "Brand " a line terminator lets the trailing space match before it, as the pattern's $ allows
        assertEquals(after(SiteBrand.BULLET, "Brand "), sorted(SiteBrand.BULLET_ENDS));
    }
}
