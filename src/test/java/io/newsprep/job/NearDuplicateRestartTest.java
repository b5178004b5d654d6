package io.newsprep.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;

import io.newsprep.pipeline.ArticlePipeline;

import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/** A run that fails half-way and is resumed clusters its copies as one that did not fail, and counts them once. */
class NearDuplicateRestartTest extends IngestJobTestSupport {

    @MockitoSpyBean
    ArticlePipeline pipeline;

    @AfterEach
    void healPipeline() {
        reset(pipeline);
    }

    @Test
    void aResumedRunClustersEveryCopyOnceWithItsStory() throws Exception {
        List<SyndicatedCorpus.Page> pages = SyndicatedCorpus.generate(41, 6);
        Map<String, Integer> storyOf = new HashMap<>();
        for (SyndicatedCorpus.Page page : pages) {
            write(page.path(), page.text());
            storyOf.put(page.path(), page.story());
        }
        doThrow(new InternalError("simulated JVM failure")).when(pipeline).clean(named("s03/copy-0.txt"), any(), any());
        assertThat(ingest(false).status()).isEqualTo(BatchStatus.FAILED);

        reset(pipeline);
        IngestResult resumed = ingest(false);

        assertThat(resumed.status()).isEqualTo(BatchStatus.COMPLETED);
        List<Map<String, Object>> articles = articles(resumed);
        assertThat(sourceFiles(articles)).hasSize(pages.size()).doesNotHaveDuplicates();
        Map<Integer, Object> clusterOfStory = new HashMap<>();
        Map<Object, Integer> storyOfCluster = new HashMap<>();
        for (Map<String, Object> a : articles) {
            int story = storyOf.get((String) a.get("source_file"));
            clusterOfStory.putIfAbsent(story, a.get("cluster_id"));
            storyOfCluster.putIfAbsent(a.get("cluster_id"), story);
            assertThat(storyOfCluster.get(a.get("cluster_id"))).as("a cluster tells one story").isEqualTo(story);
        }
        long copies = articles.stream().filter(a -> a.get("duplicate_of") != null).count();
        assertThat(copies).isGreaterThanOrEqualTo(pages.size() / 2);
        assertThat(Files.readString(resumed.runFolder().resolve("report.json"))).contains("\"copies\" : " + copies);
    }

    private static ArticlePipeline.Document named(String relativePath) {
        return argThat(d -> d != null && d.dump().file().relativePath().equals(relativePath));
    }
}
