package io.newsprep.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The five seed dumps through the real job, checked field by field against seeds/expected.json. */
// reads the removed lines of articles.jsonl, which the default output keeps only as counts
@org.springframework.test.context.TestPropertySource(properties = "newsprep.removed=lines")
class SeedsEndToEndTest extends IngestJobTestSupport {

    private static final Path SEEDS = Path.of("src/test/resources/seeds");

    @Autowired
    JobOperatorTestUtils jobOperatorTestUtils;

    private JsonNode expected;

    @BeforeEach
    void copySeeds() throws Exception {
        expected = JsonMapper.builder().build().readTree(SEEDS.resolve("expected.json").toFile());
        for (String name : expected.propertyNames()) {
            Files.copy(SEEDS.resolve(name), input().resolve(name));
        }
    }

    @Test
    void theSeedsComeOutAsExpectedJsonDescribes() throws Exception {
        JobExecution execution = jobOperatorTestUtils.startJob(new JobParametersBuilder()
                .addString(IngestParameters.INPUT_DIR, input().toString())
                .addString(IngestParameters.OUTPUT_DIR, output().toString())
                .addString(IngestParameters.REPROCESS, "false")
                .addString(IngestParameters.RUN_ID, "seeds-" + System.nanoTime())
                .toJobParameters());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        IngestResult result = new IngestResult(execution.getId(), null, execution.getStatus(),
                Path.of(execution.getExecutionContext().getString(PublishRunTasklet.RUN_FOLDER)), false, null);
        List<Map<String, Object>> articles = articles(result);
        assertThat(articles).hasSize(expected.size());
        for (Map<String, Object> article : articles) {
            String name = (String) article.get("source_file");
            JsonNode want = expected.get(name);
            assertThat(want).as("expected entry for %s", name).isNotNull();
            assertThat(article.get("title")).as(name + " title").isEqualTo(textOrNull(want.get("title")));
            assertThat(article.get("subtitles")).as(name + " subtitles").isEqualTo(strings(want.get("subtitles")));
            assertThat(paragraphs((String) article.get("body"))).as(name + " body").isEqualTo(strings(want.get("body_paragraphs")));
            assertThat(article.get("authors")).as(name + " authors").isEqualTo(strings(want.get("authors")));
            // the date as the page gave it, and normalised to ISO 8601 with an offset (as check_seeds.py accepts it)
            assertThat(article.get("published_raw")).as(name + " published_raw").isEqualTo(textOrNull(want.get("published")));
            if (want.get("published").isNull()) {
                assertThat(article.get("published")).as(name + " published").isNull();
            } else {
                assertThat((String) article.get("published")).as(name + " published")
                        .startsWith(want.get("published").asString()).matches(".*(Z|[+-]\\d{2}:\\d{2})");
            }
            assertThat(article.get("section")).as(name + " section").isEqualTo(textOrNull(want.get("section")));
            assertThat(article.get("language")).as(name + " language").isEqualTo(want.get("language").asString());
            List<String> domains = new ArrayList<>();
            domains.add(textOrNull(want.get("source_domain")));
            if (want.has("source_domain_also_ok")) {
                domains.addAll(strings(want.get("source_domain_also_ok")));
            }
            assertThat(domains).as(name + " source_domain").contains((String) article.get("source_domain"));
            if (!want.get("source_name").isNull()) {
                assertThat(article.get("source_name")).as(name + " source_name").isEqualTo(want.get("source_name").asString());
            }
            assertRemovedLinesHaveTheExpectedKinds(name, article, want.get("removed"));
        }
    }

    @SuppressWarnings("unchecked")
    private static void assertRemovedLinesHaveTheExpectedKinds(String name, Map<String, Object> article, JsonNode removed) {
        List<Map<String, Object>> got = (List<Map<String, Object>>) article.get("removed");
        for (JsonNode line : removed) {
            int number = line.get("line").asInt();
            assertThat(got).as(name + " line " + number)
                    .anySatisfy(r -> {
                        assertThat(((Number) r.get("line")).intValue()).isEqualTo(number);
                        assertThat(r.get("kind")).isEqualTo(line.get("kind").asString());
                        assertThat((String) r.get("rule")).isNotBlank();
                    });
        }
    }

    private static List<String> paragraphs(String body) {
        return Arrays.stream(body.split("\n\\s*\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }
}
