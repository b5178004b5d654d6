package io.newsprep.job;

import io.newsprep.input.InputSelection;
import io.newsprep.input.RealPaths;

import java.nio.file.Path;

/**
 * What the user asked an ingest run to do. The input folder is held by its real path, so that one folder reached
 * under several names (through links) is one folder to the ledger and to resuming.
 *
 * @param repositoryDir        the folder of the job repository's files, left out of the listing; null for a
 *                             repository given as a URL
 * @param acceptNewRepository  go on although the output holds runs this repository has no record of
 */
public record IngestRequest(Path inputDir, Path outputDir, boolean reprocess, String only, InputSelection selection,
                            Path repositoryDir, boolean acceptNewRepository) {

    public IngestRequest {
        inputDir = RealPaths.of(inputDir);
        outputDir = outputDir.toAbsolutePath().normalize();
        only = only == null ? "" : only;
        selection = selection == null ? InputSelection.DEFAULT : selection;
        repositoryDir = repositoryDir == null ? null : repositoryDir.toAbsolutePath().normalize();
    }

    public IngestRequest(Path inputDir, Path outputDir, boolean reprocess, String only) {
        this(inputDir, outputDir, reprocess, only, InputSelection.DEFAULT, null, false);
    }

    public IngestRequest(Path inputDir, Path outputDir, boolean reprocess) {
        this(inputDir, outputDir, reprocess, "");
    }
}
