package io.newsprep.job;

import io.newsprep.input.InputScanner;
import io.newsprep.input.InputSelection;
import io.newsprep.input.ListingFilter;
import io.newsprep.input.ManifestLine;
import io.newsprep.output.run.RunFolder;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;

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
    static final String FILES_EXCLUDED = "files.excluded";
    /** Set when the listing is empty: why, in one line; the run then publishes nothing. */
    static final String NOTHING_LISTED = "nothing.listed";
    private static final Log log = LogFactory.getLog(ScanInputTasklet.class);

    private final Path inputDir;
    private final Path outputDir;
    private final RunFolder run;
    private final String only;
    private final ListingFilter filter;
    private final List<Path> leftOut;

    /** @param onlyGlob a glob on the path relative to the input folder, or empty for every file */
    ScanInputTasklet(Path inputDir, Path outputDir, RunFolder run, String onlyGlob) {
        this(inputDir, outputDir, run, onlyGlob, InputSelection.DEFAULT, null);
    }

    /** @param repositoryDir the job repository's folder, left out of the listing like the output; may be null */
    ScanInputTasklet(Path inputDir, Path outputDir, RunFolder run, String onlyGlob, InputSelection selection,
                     Path repositoryDir) {
        this.inputDir = inputDir;
        this.outputDir = outputDir;
        this.run = run;
        this.only = onlyGlob == null ? "" : onlyGlob;
        this.filter = new ListingFilter(onlyGlob, selection);
        this.leftOut = Arrays.asList(outputDir, repositoryDir);
    }

    static Path manifestOf(RunFolder run) {
        return run.stagingDir().resolve(".manifest");
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        RunFolder.stage(outputDir, run.runId());
        Path manifest = manifestOf(run);
        Path partial = manifest.resolveSibling(".manifest.tmp");
        InputScanner scanner = new InputScanner(inputDir, leftOut, filter);
        InputScanner.Counts counts;
        try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            counts = scanner.scan(file -> {
                try {
                    out.write(ManifestLine.encode(file.relativePath()));
                    out.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, log::warn);
        }
        Files.move(partial, manifest, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        var job = chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
        job.putLong(FILES_TOTAL, counts.listed());
        job.putLong(FILES_EXCLUDED, counts.excluded());
        if (counts.listed() == 0) {
            job.putString(NOTHING_LISTED, whyNothing(scanner.root(), counts));
        }
        return RepeatStatus.FINISHED;
    }

    private String whyNothing(Path root, InputScanner.Counts counts) {
        if (counts.notMatched() > 0) {
            return "no file under " + root + " matches --only '" + only + "' (" + counts.notMatched() + " files do not"
                    + (counts.excluded() > 0 ? ", " + counts.excluded() + " entries are excluded" : "") + ")";
        }
        if (counts.excluded() > 0) {
            return "every entry under " + root + " is excluded (" + counts.excluded()
                    + ", by --exclude or the default exclusions, which --no-default-excludes turns off)";
        }
        return only.isEmpty() ? "the input folder " + root + " holds no file"
                : "no file under " + root + " matches --only '" + only + "'";
    }
}
