package io.newsprep.model;

import static io.newsprep.testing.PatternStarts.before;
import static io.newsprep.testing.PatternStarts.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The first characters that let a list pattern run are exactly those it can start with. */
class ListBlocksGuardsTest {

    @Test
    void numberedItemsStartWithABracketOrADigit() {
        assertEquals(before(ListBlocks.NUMBER, "1. item"), sorted(ListBlocks.NUMBER_STARTS));
    }

    @Test
    void bulletedItemsStartWithAListedMark() {
        assertEquals(before(ListBlocks.BULLET, " item"), sorted(ListBlocks.BULLET_MARKS));
    }
}
