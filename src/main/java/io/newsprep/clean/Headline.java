package io.newsprep.clean;

import java.util.List;

/**
 * The headline block found above the article: line indexes of the title, the decks, a section label,
 * and the first line that belongs to the body again (cross-heads after the bylines).
 * Indexes are -1 where absent.
 */
record Headline(int title, List<Integer> subtitles, int section, int bodyStart) {

    static Headline none(int bodyStart) {
        return new Headline(-1, List.of(), -1, bodyStart);
    }
}
