package io.newsprep.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class IoFloorTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void writesOneJsonLinePerFile(int threads) throws Exception {
        Path input = Files.createDirectories(temp.resolve("in/site-a/2020-01"));
        for (int i = 0; i < 50; i++) {
            Files.writeString(input.resolve("d" + i + ".txt"), "Zeile " + i + " – ü\n");
        }
        Path output = temp.resolve("floor.jsonl");

        new IoFloor(temp.resolve("in")).run(output, threads);

        List<String> lines = Files.readAllLines(output);
        assertThat(lines).hasSize(50);
        JsonNode first = JsonMapper.builder().build().readTree(lines.get(0));
        assertThat(first.get("source_file").asString()).startsWith("site-a/2020-01/d");
        assertThat(first.get("text").asString()).contains("– ü");
    }
}
