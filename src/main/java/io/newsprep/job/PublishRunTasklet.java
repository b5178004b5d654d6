package io.newsprep.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Last step: writes the run report and makes the run folder visible, then points {@code latest} at it. */
class PublishRunTasklet implements Tasklet {

    static final String RUN_FOLDER = "run.folder";
    private final RunPaths paths;
    private final FileLedger ledger;

    PublishRunTasklet(RunPaths paths, FileLedger ledger) {
        this.paths = paths;
        this.ledger = ledger;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        Files.deleteIfExists(paths.manifest());
        Path finalDir = paths.outputDir().resolve("runs").resolve(paths.runId());
        Files.move(paths.staging(), finalDir, StandardCopyOption.ATOMIC_MOVE);
        ledger.markPublished(paths.runId(), finalDir.toString());
        Path link = paths.outputDir().resolve("latest");
        Path tmp = paths.outputDir().resolve(".latest.tmp");
        Files.deleteIfExists(tmp);
        Files.createSymbolicLink(tmp, Path.of("runs", paths.runId()));
        Files.move(tmp, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
                .putString(RUN_FOLDER, finalDir.toString());
        return RepeatStatus.FINISHED;
    }
}
