package io.newsprep.memory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds the site mates of documents whose publisher is unknown, so that the memory can learn their shared chrome
 * too. Two such documents are mates when they share at least {@value #MIN_SHARED} short lines (line shapes) and
 * those make up at least {@value #MIN_SHARE} of the short lines of the one with fewer: pages of one site repeat
 * its menus, footers and labels, while pages of different sites share a few generic words ("Home", "Share").
 * A group is a connected set of mates; it depends on which documents there are, never on their order. Its key
 * ({@value #PREFIX} and a hash of its smallest fingerprint) names it in the stored counts; the article's
 * source stays unknown.
 */
public final class SiteMates {

    /** Keys of groups of unnamed sites start so; no domain or publisher name does (they have no '~'). */
    public static final String PREFIX = "~site-";
    /** What an unnamed document's fingerprint is made with, whatever its group: it is counted once. */
    public static final String UNNAMED = "~unnamed";
    static final int MIN_SHARED = 5;
    static final double MIN_SHARE = 0.3;
    /** Lines on more documents than this are left out when looking for mates: too common to tell sites apart. */
    static final int MAX_DOCUMENTS_PER_LINE = 300;

    /** An unnamed document: its fingerprint and the shapes of its short lines. */
    public record Document(String fingerprint, Set<String> shapes) {
    }

    private SiteMates() {
    }

    /** True when two documents share enough short lines to belong to one site. */
    static boolean mates(int shared, int shapesOfOne, int shapesOfOther) {
        return shared >= MIN_SHARED && shared >= MIN_SHARE * Math.min(shapesOfOne, shapesOfOther);
    }

    /**
     * The group key of every document that has at least one mate among the given ones (documents without are
     * left out): fingerprint to key.
     */
    public static Map<String, String> group(Collection<Document> documents) {
        // sorted by fingerprint, so that indexes and thus the work done do not depend on the order given
        TreeMap<String, Document> byFingerprint = new TreeMap<>();
        for (Document d : documents) {
            byFingerprint.putIfAbsent(d.fingerprint(), d);
        }
        List<Document> docs = new ArrayList<>(byFingerprint.values());
        Map<String, List<Integer>> carriers = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            for (String shape : docs.get(i).shapes()) {
                carriers.computeIfAbsent(shape, s -> new ArrayList<>(2)).add(i);
            }
        }
        Map<Long, Integer> shared = new HashMap<>();
        for (List<Integer> carrying : carriers.values()) {
            if (carrying.size() < 2 || carrying.size() > MAX_DOCUMENTS_PER_LINE) {
                continue;
            }
            for (int a = 0; a < carrying.size(); a++) {
                for (int b = a + 1; b < carrying.size(); b++) {
                    shared.merge((long) carrying.get(a) << 32 | carrying.get(b), 1, Integer::sum);
                }
            }
        }
        int[] parent = new int[docs.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        shared.forEach((pair, count) -> {
            int a = (int) (pair >>> 32);
            int b = (int) (long) pair;
            if (mates(count, docs.get(a).shapes().size(), docs.get(b).shapes().size())) {
                union(parent, a, b);
            }
        });
        Map<Integer, List<Integer>> components = new TreeMap<>();
        for (int i = 0; i < docs.size(); i++) {
            components.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(i);
        }
        Map<String, String> keys = new HashMap<>();
        for (List<Integer> members : components.values()) {
            if (members.size() < 2) {
                continue;
            }
            // members are in fingerprint order: the first is the smallest
            String key = keyOf(docs.get(members.get(0)).fingerprint());
            for (int member : members) {
                keys.put(docs.get(member).fingerprint(), key);
            }
        }
        return keys;
    }

    /** The key of the group whose smallest fingerprint this is. */
    static String keyOf(String smallestFingerprint) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(smallestFingerprint.getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a stored key names a group of unnamed sites rather than a publisher. */
    public static boolean isGroup(String key) {
        return key != null && key.startsWith(PREFIX);
    }

    /**
     * The known group a document's lines fit best: the one whose recurring lines it shares most (at least
     * {@value #MIN_SHARED}, and {@value #MIN_SHARE} of the fewer of its short lines and the group's recurring
     * lines); ties go to the smaller key. Null when none fits.
     *
     * @param index    recurring line shape to the groups that have it
     * @param recurring the number of recurring lines of each group
     */
    static String bestGroup(Set<String> shapes, Map<String, List<String>> index, Map<String, Integer> recurring) {
        if (index.isEmpty()) {
            return null;
        }
        Map<String, Integer> tally = new HashMap<>();
        for (String shape : shapes) {
            List<String> groups = index.get(shape);
            if (groups != null) {
                for (String group : groups) {
                    tally.merge(group, 1, Integer::sum);
                }
            }
        }
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : tally.entrySet()) {
            int count = e.getValue();
            if (!mates(count, shapes.size(), recurring.get(e.getKey()))) {
                continue;
            }
            if (count > bestCount || count == bestCount && e.getKey().compareTo(best) < 0) {
                best = e.getKey();
                bestCount = count;
            }
        }
        return best;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = root(parent, a);
        int rb = root(parent, b);
        if (ra != rb) {
            // the smaller index becomes the root: the result does not depend on the order of the unions
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
