package io.newsprep.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class ModelRuleNameTest {

    @Test
    void writesTheProbabilityAsTwoDecimalsExactlyAsTheFormatterDoes() {
        SplittableRandom random = new SplittableRandom(5);
        for (int k = 0; k < 200_000; k++) {
            double p = switch (k % 4) {
                case 0 -> random.nextDouble();
                case 1 -> (random.nextInt(0, 201) / 200.0); // the halves: 0.005, 0.015, ...
                case 2 -> Math.nextUp(random.nextInt(0, 201) / 200.0);
                default -> 1 / (1 + Math.exp(-random.nextDouble(-30, 30)));
            };
            assertThat(ModelEvidence.rule(p)).as("%s", p)
                    .isEqualTo("model:" + String.format(Locale.ROOT, "%.2f", p));
        }
        assertThat(ModelEvidence.rule(0)).isEqualTo("model:0.00");
        assertThat(ModelEvidence.rule(1)).isEqualTo("model:1.00");
        assertThat(ModelEvidence.rule(0.07)).isEqualTo("model:0.07");
    }
}
