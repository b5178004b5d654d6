package io.newsprep.output;

import io.newsprep.input.RejectReason;
import io.newsprep.pipeline.Reject;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RejectJsonTest {

    private final RejectJson json = new RejectJson();

    @Test
    void writesFileReasonCodeMessageAndChecksumInThatOrder() {
        String line = json.toLine(new Reject("a/empty.txt", RejectReason.EMPTY, "file is empty", "e3b0c442"));

        assertThat(line).isEqualTo("{\"source_file\":\"a/empty.txt\",\"reason\":\"empty\","
                + "\"message\":\"file is empty\",\"content_sha256\":\"e3b0c442\"}");
    }

    @Test
    void writesAnUnknownChecksumAsNull() {
        Map<String, Object> fields = json.readMap(json.toLine(
                new Reject("b.txt", RejectReason.UNREADABLE, "permission denied", null)));

        assertThat(fields).containsEntry("content_sha256", null).containsEntry("reason", "unreadable");
    }

    @Test
    void appendsExtraFieldsAfterTheStandardOnes() {
        Map<String, String> extras = new LinkedHashMap<>();
        extras.put("duplicate_of", "a/original.txt");

        Map<String, Object> fields = json.readMap(json.toLine(
                new Reject("a/copy.txt", RejectReason.DUPLICATE, "same bytes as a/original.txt", "ab12"), extras));

        assertThat(fields.keySet()).containsExactly("source_file", "reason", "message", "content_sha256", "duplicate_of");
        assertThat(fields).containsEntry("duplicate_of", "a/original.txt");
    }

    @Test
    void refusesExtrasThatWouldOverwriteAStandardField() {
        Reject reject = new Reject("x.txt", RejectReason.EMPTY, "empty", null);

        assertThatThrownBy(() -> json.toLine(reject, Map.of("reason", "other")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
    }
}
