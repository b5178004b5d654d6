package io.newsprep.job;

import io.newsprep.input.ListingFilter;
import io.newsprep.input.ManifestLine;
import io.newsprep.output.run.DeletedJsonl;
import io.newsprep.output.run.RunFolder;
import io.newsprep.store.DeletedDocument;
import io.newsprep.store.FileLedger;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The documents that left the landing folder, as a run notices them when it publishes: every document the ledger
 * knows for the input folder whose file is not in the run's list of input files, among the files the run looked
 * at (with {@code --only}, only files the glob matches: a file outside it is not looked at, so not deleted). They go
 * to the run's deleted.jsonl, written once before the run folder is published, and from it to the ledger.
 */
final class RunDeletions {

    private final FileLedger ledger;
    private final String inputDir;
    private final String runId;
    private final ListingFilter scope;

    /** @param scope what the run lists ({@code --only}, {@code --exclude}, the default exclusions) */
    RunDeletions(FileLedger ledger, String inputDir, String runId, ListingFilter scope) {
        this.ledger = ledger;
        this.inputDir = inputDir;
        this.runId = runId;
        this.scope = scope;
    }

    /** Writes deleted.jsonl into the staging folder, from the run's manifest and the ledger; returns the count. */
    int find(RunFolder run, Path manifest) throws IOException {
        Set<String> listed = new HashSet<>();
        try (BufferedReader in = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                listed.add(ManifestLine.decode(line));
            }
        }
        List<DeletedDocument> gone = ledger.gone(inputDir, runId,
                file -> !listed.contains(file) && scope.lists(Path.of(file)));
        DeletedJsonl.write(run.dir().resolve(DeletedJsonl.FILE_NAME), gone.stream()
                .map(d -> new DeletedJsonl.Entry(d.address(), d.contentSha256(), d.outcome(), d.articleId(),
                        d.lastRunId(), d.movedTo(), runId))
                .toList());
        return gone.size();
    }

    /** Records the run's deleted.jsonl in the ledger; safe to repeat, also after the run folder was published. */
    void record(RunFolder run) throws IOException {
        ledger.recordDeleted(inputDir, runId, DeletedJsonl.read(run.dir().resolve(DeletedJsonl.FILE_NAME)).stream()
                .map(e -> new DeletedDocument(e.sourceFile(), e.lastRunId(), e.contentSha256(), e.outcome(),
                        e.articleId(), e.movedTo()))
                .toList());
    }
}
