package io.newsprep.job;

import io.newsprep.input.InputScanner;
import io.newsprep.input.ManifestLine;
import io.newsprep.output.run.RunFolder;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.StandardCopyOption;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * First step: freezes the list of input files into a manifest, so that the cleaning step reads a fixed,
 * ordered list and a restart resumes at the same place even if files arrived in the meantime.
 */
class ScanInputTasklet implements Tasklet {

    static final String FILES_TOTAL = "files.total";
    private static final Log log = LogFactory.getLog(ScanInputTasklet.class);

    private final Path inputDir;
    private final Path outputDir;
    private final RunFolder run;
    private final PathMatcher only;

    /** @param onlyGlob a glob on the path relative to the input folder, or empty for every file */
    ScanInputTasklet(Path inputDir, Path outputDir, RunFolder run, String onlyGlob) {
        this.inputDir = inputDir;
        this.outputDir = outputDir;
        this.run = run;
        this.only = onlyGlob == null || onlyGlob.isEmpty() ? null
                : FileSystems.getDefault().getPathMatcher("glob:" + onlyGlob);
    }

    static Path manifestOf(RunFolder run) {
        return run.stagingDir().resolve(".manifest");
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        RunFolder.stage(outputDir, run.runId());
        Path manifest = manifestOf(run);
        Path partial = manifest.resolveSibling(".manifest.tmp");
        long[] count = {0};
        try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            // the listed path itself, not one made again from its name, which this locale may not be able to express
            Path scanned = inputDir.toAbsolutePath().normalize();
            new InputScanner(inputDir, outputDir).scan(file -> {
                if (only != null && !only.matches(scanned.relativize(file.path()))) {
                    return;
                }
                try {
                    out.write(ManifestLine.encode(file.relativePath()));
                    out.write('\n');
                    count[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, log::warn);
        }
        Files.move(partial, manifest, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
                .putLong(FILES_TOTAL, count[0]);
        return RepeatStatus.FINISHED;
    }
}
