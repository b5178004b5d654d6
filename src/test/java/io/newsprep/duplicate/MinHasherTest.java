package io.newsprep.duplicate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MinHasherTest {

    private final MinHasher hasher = new MinHasher(50);

    @Test
    void theSignatureEstimatesTheJaccardSimilarityOfTheShingles() {
        List<String> words = words(400, 1);
        List<String> edited = new ArrayList<>(words.subList(0, 300));
        edited.addAll(words(60, 2));
        double exact = exactJaccard(String.join(" ", words), String.join(" ", edited));

        double estimate = hasher.signature(String.join(" ", words)).similarity(hasher.signature(String.join(" ", edited)));

        assertThat(exact).isBetween(0.6, 0.75);
        assertThat(estimate).isCloseTo(exact, within(0.12));
    }

    @Test
    void caseLineBreaksAndPunctuationDoNotMakeADifference() {
        String body = String.join(" ", words(120, 3));
        String retyped = body.toUpperCase().replace(" ", ",\n\n");

        assertThat(hasher.signature(body)).isEqualTo(hasher.signature(retyped));
    }

    @Test
    void textWithoutSpacesIsShingledByCharacters() {
        String chinese = "北京市政府周二宣布新的地铁线路将于明年年底开通沿线居民对此表示欢迎但也担心施工期间的噪音问题"
                + "专家认为这条线路将大大缓解城市东部的交通压力并带动周边地区的经济发展";
        String trimmed = chinese.substring(0, chinese.length() - 12);

        assertThat(BodyShingles.of(chinese).tokens()).isEqualTo(chinese.length());
        assertThat(hasher.signature(chinese).similarity(hasher.signature(trimmed))).isGreaterThan(0.7);
        assertThat(hasher.signature(chinese).similarity(hasher.signature("上海" + chinese.substring(40)
                + "天气晴朗气温适宜市民纷纷走出家门前往公园散步游玩孩子们在草地上放风筝老人们下棋聊天")))
                .isLessThan(0.5);
    }

    @Test
    void aShortBodyHasNoSignature() {
        assertThat(hasher.signature(String.join(" ", words(49, 4)))).isNull();
        assertThat(hasher.signature(String.join(" ", words(50, 4)))).isNotNull();
    }

    @Test
    void similarBodiesShareABandAndUnrelatedOnesDoNot() {
        List<String> words = words(300, 5);
        List<String> copy = new ArrayList<>(words.subList(0, 260));
        Signature a = hasher.signature(String.join(" ", words));
        Signature b = hasher.signature(String.join(" ", copy));
        Signature c = hasher.signature(String.join(" ", words(300, 6)));

        assertThat(shared(a.bandKeys(), b.bandKeys())).isPositive();
        assertThat(shared(a.bandKeys(), c.bandKeys())).isZero();
        assertThat(Signature.fromBytes(a.toBytes())).isEqualTo(a);
    }

    private static int shared(long[] x, long[] y) {
        Set<Long> keys = new HashSet<>();
        for (long k : x) {
            keys.add(k);
        }
        int n = 0;
        for (long k : y) {
            n += keys.contains(k) ? 1 : 0;
        }
        return n;
    }

    private static double exactJaccard(String a, String b) {
        Set<Long> x = set(BodyShingles.of(a).hashes());
        Set<Long> y = set(BodyShingles.of(b).hashes());
        Set<Long> union = new HashSet<>(x);
        union.addAll(y);
        x.retainAll(y);
        return (double) x.size() / union.size();
    }

    private static Set<Long> set(long[] hashes) {
        Set<Long> out = new HashSet<>();
        for (long h : hashes) {
            out.add(h);
        }
        return out;
    }

    private static List<String> words(int n, long seed) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add("w" + random.nextInt(5000));
        }
        return out;
    }
}
