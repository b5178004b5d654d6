package io.newsprep.memory;

import io.newsprep.clean.RecurringLines;
import io.newsprep.publisher.PublisherMethod;
import io.newsprep.publisher.PublisherTag;
import io.newsprep.text.LineShape;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PublisherMemoryTest {

    private static final PublisherTag SITE = new PublisherTag("example.com", "Example News", PublisherMethod.URL);

    private static PublisherMemory memory(int documents, Map<String, Integer> lines, RecurrencePolicy policy) {
        return new PublisherMemory(Map.of("example.com", new PublisherMemory.Source(documents, lines)), policy);
    }

    @Test
    void aLineIsRecurringFromTheMinimumSupportOn() {
        PublisherMemory memory = memory(5, Map.of("weekly digest club", 3, "staff picks this week", 2), RecurrencePolicy.DEFAULT);

        assertThat(memory.of(SITE).of("Weekly Digest Club")).isEqualTo(new RecurringLines.Recurrence(3, 5));
        assertThat(memory.of(SITE).of("Staff picks this week")).isNull();
    }

    @Test
    void aPublisherWithManyDocumentsNeedsAShareOfThem() {
        PublisherMemory memory = memory(400, Map.of("weekly digest club", 19, "staff picks this week", 20), RecurrencePolicy.DEFAULT);

        assertThat(memory.of(SITE).of("Weekly Digest Club")).isNull();
        assertThat(memory.of(SITE).of("Staff picks this week")).isNotNull();
    }

    @Test
    void aLineIsFoundUnderAnyOfItsDates() {
        PublisherMemory memory = memory(4, Map.of(LineShape.of("Updated 12:30, 3 March 2024"), 4), RecurrencePolicy.DEFAULT);
        assertThat(memory.of(SITE).of("Updated 09:15, 4 April 2025")).isNotNull();
    }

    @Test
    void anUnknownOrOtherPublisherKnowsNothing() {
        PublisherMemory memory = memory(5, Map.of("weekly digest club", 5), RecurrencePolicy.DEFAULT);

        assertThat(memory.of(PublisherTag.UNKNOWN)).isSameAs(RecurringLines.NONE);
        assertThat(memory.of(new PublisherTag("other.org", null, PublisherMethod.URL)).of("Weekly Digest Club")).isNull();
        assertThat(memory.of(new PublisherTag(null, "Example.com", PublisherMethod.FOLDER)).of("Weekly Digest Club")).isNotNull();
    }
}
