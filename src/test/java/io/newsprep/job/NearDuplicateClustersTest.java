package io.newsprep.job;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Syndicated copies of invented stories, over two runs against the real repository: the pairs of articles put in
 * one cluster against the pairs that tell one story, and pages of one publisher that share only their chrome.
 */
class NearDuplicateClustersTest extends IngestJobTestSupport {

    private static final int STORIES = 24;
    private static final int CHROME_PAGES = 12;

    @Test
    void copiesOfAStoryShareOneClusterAcrossTwoRunsAndSharedChromeClustersNothing() throws Exception {
        List<SyndicatedCorpus.Page> pages = new ArrayList<>(SyndicatedCorpus.generate(21, STORIES));
        pages.addAll(SyndicatedCorpus.sharedChrome(22, CHROME_PAGES, STORIES));
        Map<String, Integer> storyOf = new HashMap<>();
        for (SyndicatedCorpus.Page page : pages) {
            storyOf.put(page.path(), page.story());
            if (page.run() == 1) {
                write(page.path(), page.text());
            }
        }
        IngestResult first = ingest(false);
        for (SyndicatedCorpus.Page page : pages) {
            if (page.run() == 2) {
                write(page.path(), page.text());
            }
        }
        IngestResult second = ingest(false);

        List<Map<String, Object>> articles = new ArrayList<>(articles(first));
        articles.addAll(articles(second));
        assertThat(articles).hasSize(pages.size());
        Set<String> truePairs = new HashSet<>();
        Set<String> foundPairs = new HashSet<>();
        for (int i = 0; i < articles.size(); i++) {
            for (int j = i + 1; j < articles.size(); j++) {
                Map<String, Object> a = articles.get(i);
                Map<String, Object> b = articles.get(j);
                String pair = a.get("source_file") + " " + b.get("source_file");
                if (storyOf.get((String) a.get("source_file")).equals(storyOf.get((String) b.get("source_file")))) {
                    truePairs.add(pair);
                }
                if (a.get("cluster_id").equals(b.get("cluster_id"))) {
                    foundPairs.add(pair);
                }
            }
        }
        Set<String> right = new HashSet<>(foundPairs);
        right.retainAll(truePairs);
        double precision = (double) right.size() / foundPairs.size();
        double recall = (double) right.size() / truePairs.size();
        System.out.printf("near-duplicate pairs: %d true, %d found, %d right: precision %.3f, recall %.3f%n",
                truePairs.size(), foundPairs.size(), right.size(), precision, recall);

        assertThat(precision).isGreaterThanOrEqualTo(0.95);
        assertThat(recall).isGreaterThanOrEqualTo(0.95);
        assertThat(foundPairs).as("pages that share only their chrome are never one cluster")
                .noneMatch(pair -> pair.contains("courier/"));
        for (Map<String, Object> a : articles) {
            boolean firstSeen = a.get("duplicate_of") == null;
            assertThat(firstSeen ? a.get("id") : a.get("duplicate_of")).isEqualTo(a.get("cluster_id"));
            assertThat(a.get("duplicate_similarity") == null).isEqualTo(firstSeen);
        }
        long copiesInSecondRun = articles(second).stream().filter(a -> a.get("duplicate_of") != null).count();
        assertThat(Files.readString(second.runFolder().resolve("report.json")))
                .contains("\"copies\" : " + copiesInSecondRun);
    }

    @Test
    void reprocessingGivesEveryArticleTheClusterItHad() throws Exception {
        for (SyndicatedCorpus.Page page : SyndicatedCorpus.generate(31, 6)) {
            write(page.path(), page.text());
        }
        Map<String, Object> before = clusters(articles(ingest(false)));

        Map<String, Object> after = clusters(articles(ingest(true)));

        assertThat(after).isEqualTo(before);
        assertThat(new HashSet<>(before.values())).as("the copies found a cluster").hasSizeLessThan(before.size());
    }

    private static Map<String, Object> clusters(List<Map<String, Object>> articles) {
        Map<String, Object> out = new HashMap<>();
        articles.forEach(a -> out.put((String) a.get("source_file"), a.get("cluster_id") + " " + a.get("duplicate_of")));
        return out;
    }
}
