package io.newsprep.memory;

import io.newsprep.clean.Cleaner;
import io.newsprep.input.Dump;
import io.newsprep.input.DumpLoader;
import io.newsprep.input.SourceFile;
import io.newsprep.pipeline.PipelineFactory;
import io.newsprep.publisher.PublisherIdentification;
import io.newsprep.publisher.PublisherTagger;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The two Asia Business Daily seed pages share their chrome; remembering it must not cost any article text. */
class SeedPublisherMemoryTest {

    private static final Path SEEDS = Path.of("src/test/resources/seeds");

    @Test
    void theSharedChromeOfTwoPagesIsLearnedAndTheirBodiesStayAsTheyWere() throws Exception {
        DumpLoader loader = PipelineFactory.documentLoader();
        PublisherTagger tagger = new PublisherTagger();
        Cleaner cleaner = new Cleaner();
        List<Dump> pages = List.of(
                loader.load(new SourceFile(SEEDS.resolve("000_9167c36940e0c0e0.txt"), "000_9167c36940e0c0e0.txt")),
                loader.load(new SourceFile(SEEDS.resolve("002_edcc27ee5c39481f.txt"), "002_edcc27ee5c39481f.txt")));
        PublisherLineCounter counter = new PublisherLineCounter(10, 1000);
        for (Dump page : pages) {
            counter.count(PublisherKey.of(tagger.identify(page).tag()), page.lines());
        }

        assertThat(counter.sources()).containsExactly("asiae.co.kr");
        assertThat(counter.lines("asiae.co.kr")).containsEntry("본문 바로가기", 2).containsEntry("text size", 2)
                .containsEntry("© the asia business daily(www.asiae.co.kr). all rights reserved.", 2);

        PublisherMemory memory = new PublisherMemory(Map.of("asiae.co.kr",
                new PublisherMemory.Source(2, counter.lines("asiae.co.kr"))), new RecurrencePolicy(2, 0));
        for (Dump page : pages) {
            PublisherIdentification source = tagger.identify(page);
            assertThat(cleaner.clean(page, source.profile(), memory.of(source.tag())).paragraphs())
                    .isEqualTo(cleaner.clean(page, source.profile()).paragraphs());
        }
    }
}
