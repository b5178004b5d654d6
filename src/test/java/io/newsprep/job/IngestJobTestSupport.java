package io.newsprep.job;

import io.newsprep.output.ArticleJson;
import io.newsprep.output.RejectJson;
import io.newsprep.store.TestRepositoryServer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Runs the real ingest job on real files, against a real HSQLDB file repository under target/ (or a new database
 * on the PostgreSQL server {@link TestRepositoryServer} names). Small chunks and two threads, so that every test
 * crosses chunk boundaries and exercises concurrent processing.
 */
@SpringBatchTest
@SpringBootTest(classes = NewsprepApplication.class)
abstract class IngestJobTestSupport {

    private static final Path REPOSITORY = Path.of("target", "test-repository", "run-" + ProcessHandle.current().pid())
            .toAbsolutePath();

    /** One database per test JVM on a chosen server (made when first used), as one HSQLDB file database otherwise. */
    private static final class ServerDatabase {
        static final String DATABASE = TestRepositoryServer.newDatabase("job_tests");
    }

    @DynamicPropertySource
    static void repository(DynamicPropertyRegistry registry) {
        if (TestRepositoryServer.chosen()) {
            String database = ServerDatabase.DATABASE;
            registry.add("spring.datasource.url", () -> database);
            registry.add("spring.datasource.username", TestRepositoryServer::user);
            registry.add("spring.datasource.password", TestRepositoryServer::password);
        } else {
            registry.add("spring.datasource.url", () -> "jdbc:hsqldb:file:" + REPOSITORY.resolve("newsprep")
                    + ";hsqldb.tx=mvcc;hsqldb.write_delay=false;shutdown=true");
        }
        registry.add("newsprep.threads", () -> 2);
        registry.add("newsprep.chunk-size", () -> 3);
    }

    @Autowired
    IngestLauncher launcher;

    @TempDir
    Path work;

    Path input() throws IOException {
        return Files.createDirectories(work.resolve("input"));
    }

    Path output() {
        return work.resolve("output");
    }

    IngestResult ingest(boolean reprocess) throws Exception {
        return launcher.run(new IngestRequest(input(), output(), reprocess));
    }

    Path write(String relativePath, String content) throws IOException {
        Path file = input().resolve(relativePath);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    static String article(String topic) {
        return String.join("\n",
                "Skip to content",
                "Headline about " + topic + " that runs long enough",
                "The first paragraph about " + topic + " explains what happened in the city yesterday, "
                        + "and why the council decided to act after months of debate among residents.",
                "A second paragraph adds the reactions of people who live there, quoting several of them "
                        + "at length about what the change about " + topic + " means for their families.",
                "A third paragraph looks ahead to next year, when the plan is due to be reviewed by the "
                        + "regional authority and put to a public vote.",
                "© 2024 Example News. All rights reserved.");
    }

    static List<Map<String, Object>> articles(IngestResult result) throws IOException {
        ArticleJson json = new ArticleJson();
        List<Map<String, Object>> out = new ArrayList<>();
        for (String line : Files.readAllLines(result.runFolder().resolve("articles.jsonl"))) {
            out.add(json.readMap(line));
        }
        return out;
    }

    static List<Map<String, Object>> rejects(IngestResult result) throws IOException {
        RejectJson json = new RejectJson();
        List<Map<String, Object>> out = new ArrayList<>();
        for (String line : Files.readAllLines(result.runFolder().resolve("rejects.jsonl"))) {
            out.add(json.readMap(line));
        }
        return out;
    }

    static List<String> sourceFiles(List<Map<String, Object>> records) {
        return records.stream().map(r -> (String) r.get("source_file")).sorted().toList();
    }
}
