package io.newsprep.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class RunContentFilterTest {

    @Test
    void everyAddedHashIsAMaybeAndNearlyAllOthersAreANo() throws Exception {
        RunContentFilter filter = new RunContentFilter();
        List<String> added = IntStream.range(0, 200_000).mapToObj(i -> sha256("added " + i)).toList();
        added.forEach(filter::add);

        assertThat(added).allMatch(filter::mayContain);
        long falseMaybes = IntStream.range(0, 100_000).mapToObj(i -> sha256("other " + i)).filter(filter::mayContain).count();
        assertThat(falseMaybes).isLessThan(100); // about 0.04 % expected at this size
    }

    @Test
    void aShortOrOddHashIsStillRemembered() {
        RunContentFilter filter = new RunContentFilter();
        filter.add("abc");
        assertThat(filter.mayContain("abc")).isTrue();
        assertThat(filter.mayContain("abd")).isFalse();
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
