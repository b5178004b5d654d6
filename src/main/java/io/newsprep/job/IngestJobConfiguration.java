package io.newsprep.job;

import io.newsprep.input.InputBoundary;
import io.newsprep.input.InputSelection;
import io.newsprep.input.ListingFilter;
import io.newsprep.input.RealPaths;
import io.newsprep.input.SourceFile;
import io.newsprep.output.run.CurrentTable;
import io.newsprep.model.LineModel;
import io.newsprep.output.run.RunFolder;
import io.newsprep.pipeline.ArticlePipeline;
import io.newsprep.pipeline.PipelineVersion;
import io.newsprep.pipeline.Provenance;
import io.newsprep.store.FileLedger;
import io.newsprep.store.PublisherLineStore;
import io.newsprep.store.SignatureStore;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.ChunkOrientedStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The ingest job: scan the input folder into a manifest, learn the lines each publisher repeats across its
 * new pages, clean every listed file in chunks, then publish the run folder. A thin shell: all cleaning and tagging happens in {@link ArticlePipeline}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NewsprepProperties.class)
class IngestJobConfiguration {

    @Bean
    Job ingestJob(JobRepository repository, Step scanStep, Step learnStep, Step cleanStep, Step publishStep,
                  ObjectProvider<RemoteCleaning> remoteCleaning) {
        RemoteCleaning remote = remoteCleaning.getIfAvailable();
        JobBuilder job = new JobBuilder(IngestParameters.JOB_NAME, repository)
                .listener(new RunningRunMarker());
        if (remote != null) {
            job.listener(remote.partsCleanup());
        }
        return job
                .start(scanStep)
                .next(learnStep)
                .next(remote == null ? cleanStep : remote.step())
                .next(publishStep)
                .build();
    }

    private static final String OUTPUT_DIR = "#{jobParameters['" + IngestParameters.OUTPUT_DIR + "']}";
    private static final String RUN_ID = "#{jobParameters['" + IngestParameters.RUN_ID + "']}";
    private static final String INPUT_DIR = "#{jobParameters['" + IngestParameters.INPUT_DIR + "']}";
    private static final String REPROCESS = "#{jobParameters['" + IngestParameters.REPROCESS + "']}";
    private static final String ONLY = "#{jobParameters['" + IngestParameters.ONLY + "'] ?: ''}";
    private static final String EXCLUDE = "#{jobParameters['" + IngestParameters.EXCLUDE + "'] ?: ''}";
    private static final String DEFAULT_EXCLUDES = "#{jobParameters['" + IngestParameters.DEFAULT_EXCLUDES + "'] ?: 'true'}";
    private static final String FOLLOW_LINKS = "#{jobParameters['" + IngestParameters.FOLLOW_LINKS + "'] ?: 'false'}";
    private static final String JOB_PARAMETERS = "#{stepExecution.jobExecution.jobParameters}";
    private static final String REPOSITORY_DIR = "#{jobParameters['" + IngestParameters.REPOSITORY_DIR + "'] ?: ''}";

    @Bean
    Step scanStep(JobRepository repository, PlatformTransactionManager tm, ScanInputTasklet scanInputTasklet) {
        return new StepBuilder("scan", repository).tasklet(scanInputTasklet, tm).build();
    }

    @Bean
    @StepScope
    ScanInputTasklet scanInputTasklet(@Value(INPUT_DIR) String inputDir, @Value(OUTPUT_DIR) String outputDir,
                                      @Value(RUN_ID) String runId, @Value(ONLY) String only,
                                      @Value(EXCLUDE) String exclude, @Value(DEFAULT_EXCLUDES) String defaultExcludes,
                                      @Value(FOLLOW_LINKS) String followLinks, @Value(REPOSITORY_DIR) String repositoryDir) {
        return new ScanInputTasklet(Path.of(inputDir), Path.of(outputDir), run(outputDir, runId), only,
                selection(exclude, defaultExcludes, followLinks), folderOrNull(repositoryDir));
    }

    private static InputSelection selection(String exclude, String defaultExcludes, String followLinks) {
        return new InputSelection(exclude.isEmpty() ? List.of() : Arrays.asList(exclude.split("\n")),
                Boolean.parseBoolean(defaultExcludes), Boolean.parseBoolean(followLinks));
    }

    /** The input folder as the ledger knows it: by its real path, whatever name the run was given. */
    private static String ledgerKey(String inputDir) {
        return RealPaths.of(Path.of(inputDir)).toString();
    }

    private static Path folderOrNull(String folder) {
        return folder == null || folder.isEmpty() ? null : Path.of(folder);
    }

    private static InputBoundary boundary(String inputDir, String outputDir, String repositoryDir, String followLinks) {
        return new InputBoundary(Path.of(inputDir), Arrays.asList(Path.of(outputDir), folderOrNull(repositoryDir)),
                Boolean.parseBoolean(followLinks));
    }

    @Bean
    Step learnStep(JobRepository repository, PlatformTransactionManager tm, LearnPublisherLinesTasklet learnSourceLinesTasklet) {
        return new StepBuilder("learn", repository).tasklet(learnSourceLinesTasklet, tm).build();
    }

    @Bean
    @StepScope
    LearnPublisherLinesTasklet learnSourceLinesTasklet(ArticlePipeline pipeline, FileLedger ledger, PublisherLineStore store,
                                                    NewsprepProperties properties, @Value(INPUT_DIR) String inputDir,
                                                    @Value(OUTPUT_DIR) String outputDir, @Value(RUN_ID) String runId,
                                                    @Value(REPROCESS) String reprocess,
                                                    @Value(REPOSITORY_DIR) String repositoryDir,
                                                    @Value(FOLLOW_LINKS) String followLinks,
                                                    ThreadPoolTaskExecutor cleanExecutor, PlatformTransactionManager tm) {
        return new LearnPublisherLinesTasklet(pipeline, ledger, store, properties.memory(), Path.of(ledgerKey(inputDir)),
                ScanInputTasklet.manifestOf(run(outputDir, runId)), runId,
                Boolean.parseBoolean(reprocess), properties.threads() > 1 ? cleanExecutor : Runnable::run, tm,
                boundary(inputDir, outputDir, repositoryDir, followLinks));
    }

    @Bean
    PublisherLineStore publisherLineStore(JdbcTemplate jdbcTemplate) {
        return new PublisherLineStore(jdbcTemplate);
    }

    @Bean
    Step cleanStep(JobRepository repository, PlatformTransactionManager tm, NewsprepProperties properties,
                   ManifestItemReader manifestReader, CleaningAhead cleaningAhead,
                   RunOutputWriter runOutputWriter, PendingRejects pendingRejects) {
        ChunkOrientedStepBuilder<CleanItem, ProcessedFile> step = new StepBuilder("clean", repository)
                .<CleanItem, ProcessedFile>chunk(properties.chunkSize())
                .transactionManager(tm)
                .reader(manifestReader)
                .processor(cleaningAhead)
                .writer(runOutputWriter)
                .faultTolerant()
                .skipPolicy(new UnexpectedFailureSkipPolicy())
                .skipListener(new RejectSkippedFileListener(pendingRejects))
                .listener(new ProgressListener(System.err));
        return step.build();
    }

    @Bean(destroyMethod = "shutdown")
    ThreadPoolTaskExecutor cleanExecutor(NewsprepProperties properties) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(properties.threads());
        executor.setMaxPoolSize(properties.threads());
        executor.setThreadNamePrefix("clean-");
        executor.setDaemon(true);
        executor.initialize();
        return executor;
    }

    @Bean
    PendingRejects pendingRejects() {
        return new PendingRejects();
    }

    @Bean
    @StepScope
    ManifestItemReader manifestReader(@Value(INPUT_DIR) String inputDir, @Value(OUTPUT_DIR) String outputDir,
                                      @Value(RUN_ID) String runId, @Value(REPROCESS) String reprocess,
                                      ParsedPages parsedPages, CleaningAhead cleaningAhead,
                                      NewsprepProperties properties, RunPipelines pipelines, JdbcTemplate jdbcTemplate,
                                      @Value(REPOSITORY_DIR) String repositoryDir,
                                      @Value(FOLLOW_LINKS) String followLinks,
                                      @Value(JOB_PARAMETERS) JobParameters parameters) {
        RunCleaningSettings settings = RunCleaningSettings.of(parameters, properties);
        ArticlePipeline pipeline = pipelines.forRun(settings);
        FileLedger ledger = new FileLedger(jdbcTemplate, settings.applyTo(properties).decidedUnder());
        FileLedger.PathLookup earlier = ledger.earlierRunsLookup(ledgerKey(inputDir), runId);
        boolean again = Boolean.parseBoolean(reprocess);
        InputBoundary boundary = boundary(inputDir, outputDir, repositoryDir, followLinks);
        // a chunk's worth ahead: the workers clean the next chunk while this one is written; an archive outside the
        // input stays one item, which the processor rejects unread
        return new ManifestItemReader(Path.of(inputDir), ScanInputTasklet.manifestOf(run(outputDir, runId)), parsedPages,
                properties.chunkSize(), cleaningAhead::start, file -> pipeline.readsRecordByRecord(file)
                && boundary.allows(file) ? new ArchiveItems(pipeline, file, earlier, again) : null);
    }

    @Bean
    @StepScope
    CleaningAhead cleaningAhead(DumpItemProcessor dumpItemProcessor, ThreadPoolTaskExecutor cleanExecutor) {
        return new CleaningAhead(dumpItemProcessor, cleanExecutor);
    }

    @Bean
    @StepScope
    ParsedPages parsedPages(NewsprepProperties properties) {
        return new ParsedPages(properties.chunkSize());
    }

    @Bean
    @StepScope
    DumpItemProcessor dumpItemProcessor(RunPipelines pipelines, JdbcTemplate jdbcTemplate, @Value(INPUT_DIR) String inputDir,
                                        @Value(RUN_ID) String runId, @Value(REPROCESS) String reprocess,
                                        PublisherLineStore sourceLines, NewsprepProperties processProperties,
                                        ParsedPages parsedPages, @Value(OUTPUT_DIR) String outputDir,
                                        @Value(REPOSITORY_DIR) String repositoryDir,
                                        @Value(FOLLOW_LINKS) String followLinks,
                                        @Value(JOB_PARAMETERS) JobParameters parameters) {
        // the run's cleaning options, which a remote worker's own may not be
        RunCleaningSettings settings = RunCleaningSettings.of(parameters, processProperties);
        NewsprepProperties properties = settings.applyTo(processProperties);
        ArticlePipeline pipeline = pipelines.forRun(settings);
        FileLedger ledger = new FileLedger(jdbcTemplate, properties.decidedUnder());
        // a step-scoped bean is made when the step first uses it, so the lookup sees the ledger as the step starts
        return new DumpItemProcessor(pipeline, new Provenance(runId, Instant.now().toString(), PipelineVersion.current()),
                ledger.pathLookup(ledgerKey(inputDir), runId), Path.of(inputDir), Boolean.parseBoolean(reprocess),
                properties.memory().recallFrom(sourceLines), parsedPages, properties.formats(),
                boundary(inputDir, outputDir, repositoryDir, followLinks), properties.duplicates().hasher());
    }

    @Bean
    FileLedger fileLedger(JdbcTemplate jdbcTemplate, NewsprepProperties properties) {
        return new FileLedger(jdbcTemplate, properties.decidedUnder());
    }

    @Bean
    @StepScope
    RunOutputWriter runOutputWriter(@Value(INPUT_DIR) String inputDir, @Value(OUTPUT_DIR) String outputDir,
                                    @Value(RUN_ID) String runId, @Value(REPROCESS) String reprocess,
                                    PendingRejects pendingRejects, FileLedger ledger, SignatureStore signatures,
                                    NewsprepProperties properties) {
        RunFolder run = run(outputDir, runId);
        List<TransactionalOutcomeFile> files = properties.formats().stream()
                .map(format -> new TransactionalOutcomeFile(format, run.stagingDir().resolve(format.fileName())))
                .toList();
        NewsprepProperties.Duplicates duplicates = properties.duplicates();
        return new RunOutputWriter(files, pendingRejects, ledger, ledgerKey(inputDir), runId,
                Boolean.parseBoolean(reprocess), duplicates.enabled()
                        ? new NearDuplicatePass(signatures, duplicates.threshold(), duplicates.window(), runId) : null);
    }

    @Bean
    SignatureStore signatureStore(JdbcTemplate jdbcTemplate) {
        return new SignatureStore(jdbcTemplate);
    }

    private static RunFolder run(String outputDir, String runId) {
        return RunFolder.of(Path.of(outputDir), runId);
    }

    @Bean
    Step publishStep(JobRepository repository, PlatformTransactionManager tm, PublishRunTasklet publishRunTasklet) {
        return new StepBuilder("publish", repository).tasklet(publishRunTasklet, tm).build();
    }

    @Bean
    @StepScope
    PublishRunTasklet publishRunTasklet(@Value(OUTPUT_DIR) String outputDir, @Value(RUN_ID) String runId,
                                        FileLedger ledger, JobRepository jobRepository,
                                        @Value(INPUT_DIR) String inputDir, @Value(REPROCESS) String reprocess,
                                        @Value(ONLY) String only, @Value(EXCLUDE) String exclude,
                                        @Value(DEFAULT_EXCLUDES) String defaultExcludes,
                                        @Value(FOLLOW_LINKS) String followLinks, NewsprepProperties properties,
                                        @Value("${spring.datasource.url:}") String repositoryUrl, RunHistory history,
                                        ArticlePipeline pipeline) {
        RunFolder run = run(outputDir, runId);
        return new PublishRunTasklet(run, properties.formats(), ledger, jobRepository,
                IngestRunSettings.of(inputDir, outputDir, run, Boolean.parseBoolean(reprocess), only, properties,
                        repositoryUrl, pipeline.lineModel()), history,
                new RunDeletions(ledger, ledgerKey(inputDir), runId,
                        new ListingFilter(only, selection(exclude, defaultExcludes, followLinks))),
                new CurrentTable(Path.of(outputDir), CurrentTable.formats(properties.currentFormats()),
                        CurrentUpdatePause.fromSystemProperty()));
    }
}
