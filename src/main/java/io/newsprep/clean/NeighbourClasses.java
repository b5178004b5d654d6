package io.newsprep.clean;

/**
 * For every line, the class of the nearest line above and below it that is not looked through; the document's
 * edges count as bad. Found in two linear passes, so that a dump of a few hundred thousand short lines is not
 * scanned once per line.
 */
final class NeighbourClasses {

    private final LineClass[] above;
    private final LineClass[] below;

    private NeighbourClasses(LineClass[] above, LineClass[] below) {
        this.above = above;
        this.below = below;
    }

    /**
     * @param transparent  lines always looked through (images, captions)
     * @param skipShort    whether short lines are looked through too
     * @param skipNearGood whether near-good lines are looked through too
     */
    static NeighbourClasses of(LineClass[] c, boolean[] transparent, boolean skipShort, boolean skipNearGood) {
        boolean[] through = new boolean[c.length];
        for (int i = 0; i < c.length; i++) {
            through[i] = lookedThrough(c[i], transparent[i], skipShort, skipNearGood);
        }
        return of(c, through);
    }

    /** @param through the lines to look through, decided by the caller */
    static NeighbourClasses of(LineClass[] c, boolean[] through) {
        int n = c.length;
        LineClass[] above = new LineClass[n];
        LineClass[] below = new LineClass[n];
        LineClass last = LineClass.BAD;
        for (int i = 0; i < n; i++) {
            above[i] = last;
            if (!through[i]) {
                last = c[i];
            }
        }
        last = LineClass.BAD;
        for (int i = n - 1; i >= 0; i--) {
            below[i] = last;
            if (!through[i]) {
                last = c[i];
            }
        }
        return new NeighbourClasses(above, below);
    }

    private static boolean lookedThrough(LineClass c, boolean transparent, boolean skipShort, boolean skipNearGood) {
        return transparent || skipShort && c == LineClass.SHORT || skipNearGood && c == LineClass.NEAR_GOOD;
    }

    LineClass above(int i) {
        return above[i];
    }

    LineClass below(int i) {
        return below[i];
    }
}
