package io.newsprep.memory;

import io.newsprep.clean.RecurringLines;
import io.newsprep.tag.SourceMethod;
import io.newsprep.tag.SourceTag;
import io.newsprep.text.LineShape;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SiteMemoryTest {

    private static final SourceTag SITE = new SourceTag("example.com", "Example News", SourceMethod.URL);

    private static SiteMemory memory(int documents, Map<String, Integer> lines, RecurrencePolicy policy) {
        return new SiteMemory(Map.of("example.com", new SiteMemory.Source(documents, lines)), policy);
    }

    @Test
    void aLineIsRecurringFromTheMinimumSupportOn() {
        SiteMemory memory = memory(5, Map.of("weekly digest club", 3, "staff picks this week", 2), RecurrencePolicy.DEFAULT);

        assertThat(memory.of(SITE).of("Weekly Digest Club")).isEqualTo(new RecurringLines.Recurrence(3, 5));
        assertThat(memory.of(SITE).of("Staff picks this week")).isNull();
    }

    @Test
    void aPublisherWithManyDocumentsNeedsAShareOfThem() {
        SiteMemory memory = memory(400, Map.of("weekly digest club", 19, "staff picks this week", 20), RecurrencePolicy.DEFAULT);

        assertThat(memory.of(SITE).of("Weekly Digest Club")).isNull();
        assertThat(memory.of(SITE).of("Staff picks this week")).isNotNull();
    }

    @Test
    void aLineIsFoundUnderAnyOfItsDates() {
        SiteMemory memory = memory(4, Map.of(LineShape.of("Updated 12:30, 3 March 2024"), 4), RecurrencePolicy.DEFAULT);
        assertThat(memory.of(SITE).of("Updated 09:15, 4 April 2025")).isNotNull();
    }

    @Test
    void anUnknownOrOtherPublisherKnowsNothing() {
        SiteMemory memory = memory(5, Map.of("weekly digest club", 5), RecurrencePolicy.DEFAULT);

        assertThat(memory.of(SourceTag.UNKNOWN)).isSameAs(RecurringLines.NONE);
        assertThat(memory.of(new SourceTag("other.org", null, SourceMethod.URL)).of("Weekly Digest Club")).isNull();
        assertThat(memory.of(new SourceTag(null, "Example.com", SourceMethod.FOLDER)).of("Weekly Digest Club")).isNotNull();
    }
}
