package io.newsprep.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsprep.output.LineFormat;
import io.newsprep.pipeline.Outcome;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class TransactionalOutcomeFileTest {

    @TempDir
    Path dir;

    private final TransactionTemplate tx = new TransactionTemplate(new ResourcelessTransactionManager());

    private String content(Path file) throws Exception {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void aNewFileStartsWithTheHeaderAndGetsLinesOnlyWhenTheTransactionCommits() throws Exception {
        Path file = dir.resolve("a.csv");
        TransactionalOutcomeFile out = new TransactionalOutcomeFile(lines("\r\n", "id,title"), file);
        out.open(new ExecutionContext());
        tx.executeWithoutResult(s -> {
            out.append(utf8("1,Seoul", "2,Zürich — 한국"));
            assertThat(uncheckedContent(file)).isEqualTo("id,title\r\n");
        });
        tx.executeWithoutResult(s -> {
            out.append(utf8("3,rolled back"));
            s.setRollbackOnly();
        });
        out.close();
        assertThat(content(file)).isEqualTo("id,title\r\n1,Seoul\r\n2,Zürich — 한국\r\n");
    }

    @Test
    void aRestartCutsTheFileBackToTheLengthSavedWithTheLastCommit() throws Exception {
        Path file = dir.resolve("a.jsonl");
        ExecutionContext saved = new ExecutionContext();
        TransactionalOutcomeFile first = new TransactionalOutcomeFile(lines("\n", null), file);
        first.open(new ExecutionContext());
        tx.executeWithoutResult(s -> {
            first.append(utf8("{\"n\":1}", "{\"n\":2}"));
            first.update(saved);
        });
        // written after the last saved position, as when a run dies between a write and the next commit
        first.append(utf8("{\"n\":3}"));
        first.close();
        assertThat(saved.getLong("a.current.count")).isEqualTo("{\"n\":1}\n{\"n\":2}\n".length());

        TransactionalOutcomeFile restarted = new TransactionalOutcomeFile(lines("\n", null), file);
        restarted.open(saved);
        tx.executeWithoutResult(s -> restarted.append(utf8("{\"n\":3}")));
        restarted.close();
        assertThat(content(file)).isEqualTo("{\"n\":1}\n{\"n\":2}\n{\"n\":3}\n");
    }

    @Test
    void aFreshStartEmptiesAFileLeftByAnEarlierAttempt() throws Exception {
        Path file = dir.resolve("a.jsonl");
        Files.writeString(file, "left over\n");
        TransactionalOutcomeFile out = new TransactionalOutcomeFile(lines("\n", null), file);
        out.open(new ExecutionContext());
        out.close();
        assertThat(content(file)).isEmpty();
    }

    @Test
    void aFileShorterThanItsLastCommitIsNotSilentlyExtended() throws Exception {
        Path file = dir.resolve("a.jsonl");
        Files.writeString(file, "short\n");
        ExecutionContext saved = new ExecutionContext();
        saved.putLong("a.current.count", 1000);
        TransactionalOutcomeFile out = new TransactionalOutcomeFile(lines("\n", null), file);
        assertThatThrownBy(() -> out.open(saved)).isInstanceOf(ItemStreamException.class)
                .hasMessageContaining("shorter");
    }

    /** A line format under the key "a" whose records the tests hand over ready-made. */
    private static LineFormat lines(String separator, String header) {
        return new LineFormat("a.out", "a", separator, header) {
            @Override
            public byte[] encode(Outcome outcome) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private static List<byte[]> utf8(String... lines) {
        return Arrays.stream(lines).map(l -> l.getBytes(StandardCharsets.UTF_8)).toList();
    }

    private String uncheckedContent(Path file) {
        try {
            return content(file);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
