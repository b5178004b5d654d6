package io.newsprep.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsprep.publisher.PublisherProfile;

import io.newsprep.text.LineKey;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class ProfileRulesTest {

    private final ProfileRules rules = new ProfileRules(new PublisherProfile("example.com", "example.com", "Example",
            List.of(), List.of("Subscribe to Example Daily"), List.of(Pattern.compile("Example Daily"))));

    @Test
    void aChromeLineOrAShortLineThePatternFindsIsTheProfilesChrome() {
        assertThat(rules.match("Subscribe to Example Daily", LineKey.of("SUBSCRIBE  to example daily")))
                .isEqualTo(new RuleHit(LineKind.BOILERPLATE, "profile:example.com"));
        String line = "Read Example Daily every morning";
        assertThat(rules.match(line, LineKey.of(line))).isNotNull();
    }

    @Test
    void aLineLongerThanThePatternLimitIsLeftToTheOtherRules() {
        String paragraph = "The mayor told Example Daily that the budget would pass. "
                + "x".repeat(RuleBook.DEFAULT_MAX_CHARS);

        assertThat(rules.match(paragraph, LineKey.of(paragraph))).isNull();
    }
}
