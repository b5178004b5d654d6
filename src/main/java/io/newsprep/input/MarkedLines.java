package io.newsprep.input;

import java.util.BitSet;

/**
 * The lines of a dump that the page's markup places in its article: text of the element that holds
 * the story's paragraphs, other than link text. Indexes are 0-based into {@link Dump#lines()}.
 * Immutable; text dumps have none.
 */
public final class MarkedLines {

    public static final MarkedLines NONE = new MarkedLines(new BitSet());

    private final BitSet lines;

    private MarkedLines(BitSet lines) {
        this.lines = lines;
    }

    public static MarkedLines of(BitSet lines) {
        return lines.isEmpty() ? NONE : new MarkedLines((BitSet) lines.clone());
    }

    /** The marked lines as {@link BitSet#valueOf(long[])} reads them back. */
    public static MarkedLines of(long[] words) {
        return of(BitSet.valueOf(words));
    }

    /** The marked lines as bits, for {@link #of(long[])}. */
    public long[] toLongArray() {
        return lines.toLongArray();
    }

    public boolean contains(int index) {
        return index >= 0 && lines.get(index);
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /** One past the last marked line, 0 when there is none. */
    int end() {
        return lines.length();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MarkedLines other && lines.equals(other.lines);
    }

    @Override
    public int hashCode() {
        return lines.hashCode();
    }

    @Override
    public String toString() {
        return "MarkedLines" + lines;
    }
}
