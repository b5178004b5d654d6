package io.newsprep.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import io.newsprep.input.SourceFile;
import io.newsprep.pipeline.ArticlePipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Saved pages are parsed, and the publishers of all files identified, by the learn step and reused by the clean
 * step, unless the file changed in between.
 */
class ParsedPagesIngestTest extends IngestJobTestSupport {

    @MockitoSpyBean
    ArticlePipeline pipeline;

    @AfterEach
    void healPipeline() {
        reset(pipeline);
    }

    private static String page(String topic) {
        return "<html><head><title>" + topic + "</title><meta property=\"og:site_name\" content=\"Example News\">"
                + "<link rel=\"canonical\" href=\"https://news.example.com/" + topic + "\"></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>Headline about "
                + topic + "</h1>" + article(topic).lines().skip(2).limit(3).map(p -> "<p>" + p + "</p>")
                .reduce("", String::concat) + "</article></body></html>";
    }

    /** The page with a line that names its site, so that its copyright holder is taken as the site's name. */
    private static String namedSite(String page) {
        return page + "\nMore from Example News";
    }

    private static SourceFile named(String relativePath) {
        return argThat(f -> f != null && f.relativePath().equals(relativePath));
    }

    /** Gives the file new content and a later modification time right after its first load (the learn step's). */
    private void rewriteAfterTheLearnStepLoads(Path file, String relativePath, String content) throws Exception {
        AtomicBoolean changed = new AtomicBoolean();
        doAnswer(call -> {
            Object dump = call.callRealMethod();
            if (changed.compareAndSet(false, true)) {
                Files.writeString(file, content);
                Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5000));
            }
            return dump;
        }).when(pipeline).loadAll(named(relativePath));
    }

    @Test
    void eachPageIsParsedOnceAndTheArticlesAreTheSameAsWithoutReuse() throws Exception {
        for (String topic : List.of("rain", "roads", "rents")) {
            write("site/" + topic + ".html", page(topic));
        }

        IngestResult result = ingest(false);

        assertThat(result.status()).isEqualTo(BatchStatus.COMPLETED);
        verify(pipeline, times(1)).loadAll(named("site/rain.html"));
        verify(pipeline, times(1)).loadAll(named("site/roads.html"));
        verify(pipeline, times(1)).loadAll(named("site/rents.html"));
        List<Map<String, Object>> articles = articles(result);
        assertThat(sourceFiles(articles)).containsExactly("site/rain.html", "site/rents.html", "site/roads.html");
        assertThat(articles).allSatisfy(a -> {
            assertThat((String) a.get("title")).startsWith("Headline about ");
            assertThat((String) a.get("body")).contains("The first paragraph about").doesNotContain("Home");
        });
        try (var published = Files.list(result.runFolder())) {
            assertThat(published.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
        }
    }

    @Test
    void aPageChangedAfterTheLearnStepParsedItIsParsedAgain() throws Exception {
        write("site/rain.html", page("rain"));
        // the crawler rewrites the page while the run is between its steps
        rewriteAfterTheLearnStepLoads(write("site/roads.html", page("roads")), "site/roads.html", page("roadworks"));

        IngestResult result = ingest(false);

        assertThat(result.status()).isEqualTo(BatchStatus.COMPLETED);
        verify(pipeline, times(2)).loadAll(named("site/roads.html"));
        assertThat(articles(result)).filteredOn(a -> a.get("source_file").equals("site/roads.html"))
                .singleElement().satisfies(a -> assertThat((String) a.get("title")).contains("roadworks"));
    }

    @Test
    void eachTextDumpsPublisherIsIdentifiedOnceAndTheArticlesAreTheSameAsWithoutReuse() throws Exception {
        for (String topic : List.of("rain", "roads")) {
            write("site/" + topic + ".txt", namedSite(article(topic)));
        }

        IngestResult result = ingest(false);

        assertThat(result.status()).isEqualTo(BatchStatus.COMPLETED);
        verify(pipeline, times(1)).identify(argThat(d -> d.dump().file().relativePath().equals("site/rain.txt")));
        verify(pipeline, times(1)).identify(argThat(d -> d.dump().file().relativePath().equals("site/roads.txt")));
        // the clean step is handed what the learn step found, instead of identifying the publisher again
        verify(pipeline, times(2)).clean(argThat(d -> d instanceof ArticlePipeline.Identified), any(), any());
        assertThat(articles(result)).hasSize(2).allSatisfy(a -> {
            assertThat(a.get("source_name")).isEqualTo("Example News");
            assertThat(a.get("source_method")).isEqualTo("copyright");
        });
    }

    @Test
    void aTextDumpChangedAfterTheLearnStepReadItIsIdentifiedAgain() throws Exception {
        write("site/rain.txt", namedSite(article("rain")));
        // another publisher's page takes its place while the run is between its steps
        rewriteAfterTheLearnStepLoads(write("site/roads.txt", namedSite(article("roads"))), "site/roads.txt",
                namedSite(article("roads")).replace("Example News", "Harbour Gazette"));

        IngestResult result = ingest(false);

        assertThat(result.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(articles(result)).filteredOn(a -> a.get("source_file").equals("site/roads.txt"))
                .singleElement().satisfies(a -> assertThat(a.get("source_name")).isEqualTo("Harbour Gazette"));
        assertThat(articles(result)).filteredOn(a -> a.get("source_file").equals("site/rain.txt"))
                .singleElement().satisfies(a -> assertThat(a.get("source_name")).isEqualTo("Example News"));
    }
}
