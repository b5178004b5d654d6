package io.newsprep.clean;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The five seed dumps come out exactly as {@code seeds/expected.json} says: metadata, body and removed lines. */
class SeedDumpsTest {

    private static final Cleaner CLEANER = Cleaner.withDefaults();

    @TestFactory
    Stream<DynamicTest> everySeedIsCleanedAsExpected() throws IOException {
        JsonNode expected;
        try (InputStream in = SeedDumpsTest.class.getResourceAsStream("/seeds/expected.json")) {
            expected = JsonMapper.builder().build().readTree(in);
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : expected.properties()) {
            tests.add(DynamicTest.dynamicTest(e.getKey(), () -> check(e.getKey(), e.getValue())));
        }
        return tests.stream();
    }

    private static void check(String name, JsonNode exp) throws IOException, URISyntaxException {
        CleanedDocument doc = CLEANER.clean(TestDumps.read(Path.of(SeedDumpsTest.class.getResource("/seeds/" + name).toURI())), null);

        assertThat(doc.title()).as("title").isEqualTo(text(exp.get("title")));
        assertThat(doc.subtitles()).as("subtitles").containsExactlyElementsOf(strings(exp.get("subtitles")));
        assertThat(doc.paragraphs()).as("body paragraphs").containsExactlyElementsOf(strings(exp.get("body_paragraphs")));
        assertThat(doc.authors()).as("authors").containsExactlyElementsOf(strings(exp.get("authors")));
        assertThat(doc.published()).as("published").isEqualTo(text(exp.get("published")));
        assertThat(doc.section()).as("section").isEqualTo(text(exp.get("section")));

        Map<Integer, LineVerdict> byLine = doc.verdicts().stream().collect(Collectors.toMap(LineVerdict::line, v -> v));
        for (JsonNode removed : exp.get("removed")) {
            LineVerdict v = byLine.get(removed.get("line").asInt());
            assertThat(v).as("verdict for line %s", removed.get("line")).isNotNull();
            assertThat(v.kept()).as("line %d kept: %s", v.line(), v.text()).isFalse();
            assertThat(v.kind().code()).as("kind of line %d: %s (rule %s)", v.line(), v.text(), v.rule())
                    .isEqualTo(removed.get("kind").asString());
        }
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asString();
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n != null) {
            n.forEach(x -> out.add(x.asString()));
        }
        return out;
    }
}
