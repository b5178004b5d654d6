package io.newsprep.train;

import java.util.List;

/**
 * The acceptance threshold at which a chooser's picks earn most: each pick is its score and its gain (1 when right,
 * minus the cost of a wrong one), and the threshold cuts between two distinct scores, halfway to the next one, so
 * that a pick scored like the last one accepted is accepted too.
 */
final class GainThreshold {

    private GainThreshold() {
    }

    /**
     * The threshold over the picks ({score, gain}, sorted here by falling score); {@code ifNoGain} when no cut earns
     * more than nothing, {@code belowLast} under the last score when the best cut takes every pick.
     */
    static double best(List<double[]> picks, double ifNoGain, double belowLast) {
        picks.sort((a, b) -> Double.compare(b[0], a[0]));
        double gain = 0;
        double bestGain = 0;
        double threshold = ifNoGain;
        for (int i = 0; i < picks.size(); i++) {
            gain += picks.get(i)[1];
            boolean cut = i + 1 == picks.size() || picks.get(i + 1)[0] < picks.get(i)[0];
            if (cut && gain > bestGain) {
                bestGain = gain;
                threshold = i + 1 == picks.size() ? picks.get(i)[0] - belowLast : (picks.get(i)[0] + picks.get(i + 1)[0]) / 2;
            }
        }
        return threshold;
    }
}
