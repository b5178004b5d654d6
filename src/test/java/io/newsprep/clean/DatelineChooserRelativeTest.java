package io.newsprep.clean;

import io.newsprep.dates.DateMention;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Relative dates are read against when the page was saved, unless that time is years after the page's own dates. */
class DatelineChooserRelativeTest {

    private static final OffsetDateTime SAVED = OffsetDateTime.parse("2026-11-21T12:00:00Z");

    private static DateMention written(String day) {
        return new DateMention(0, 10, LocalDate.parse(day), null, null, DateMention.Form.WRITTEN);
    }

    private static DateMention relative(String day) {
        return new DateMention(0, 9, LocalDate.parse(day), null, null, DateMention.Form.RELATIVE);
    }

    @Test
    void keepsRelativeDatesBesideDatesOfTheLastYear() {
        List<Integer> lines = new ArrayList<>(List.of(5, 40));
        List<DateMention> mentions = new ArrayList<>(List.of(relative("2026-11-20"), written("2026-10-28")));
        DatelineChooser.dropRelativeAgainstAStaleReference(lines, mentions, SAVED);
        assertThat(mentions).hasSize(2);
        assertThat(lines).containsExactly(5, 40);
    }

    @Test
    void dropsRelativeDatesWhenEveryWrittenDateIsYearsOlder() {
        List<Integer> lines = new ArrayList<>(List.of(5, 40, 41));
        List<DateMention> mentions = new ArrayList<>(List.of(relative("2026-11-20"), written("2013-09-11"),
                written("2013-09-10")));
        DatelineChooser.dropRelativeAgainstAStaleReference(lines, mentions, SAVED);
        assertThat(mentions).extracting(DateMention::form).containsOnly(DateMention.Form.WRITTEN);
        assertThat(lines).containsExactly(40, 41);
    }

    @Test
    void keepsRelativeDatesOnAPageWithoutWrittenDatesOrWithoutASaveTime() {
        List<Integer> lines = new ArrayList<>(List.of(5));
        List<DateMention> mentions = new ArrayList<>(List.of(relative("2026-11-20")));
        DatelineChooser.dropRelativeAgainstAStaleReference(lines, mentions, SAVED);
        assertThat(mentions).hasSize(1);
        List<DateMention> old = new ArrayList<>(List.of(relative("2026-11-20"), written("2013-09-11")));
        DatelineChooser.dropRelativeAgainstAStaleReference(new ArrayList<>(List.of(5, 40)), old, null);
        assertThat(old).hasSize(2);
    }
}
