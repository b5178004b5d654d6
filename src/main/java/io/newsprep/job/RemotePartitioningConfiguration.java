package io.newsprep.job;

import io.newsprep.input.RealPaths;
import io.newsprep.output.run.RunFolder;
import io.newsprep.store.FileLedger;
import io.newsprep.store.SignatureStore;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import jakarta.jms.ConnectionFactory;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.config.annotation.EnableBatchIntegration;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilderFactory;
import org.springframework.batch.integration.partition.RemotePartitioningWorkerStepBuilderFactory;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.jms.dsl.Jms;
import org.springframework.jms.connection.CachingConnectionFactory;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Remote workers (Spring Batch remote partitioning over JMS, with ActiveMQ Artemis): the manager's clean step
 * splits the run's manifest into partitions and sends one request per partition to a queue; each worker process
 * takes one request at a time, cleans that partition's files with the same reader, processor and writer as the
 * single-process clean step, and records the outcome in the shared job repository, which the manager polls.
 * Only in a process started as a manager or a worker ({@value #ROLE}).
 */
final class RemotePartitioningConfiguration {

    static final String ROLE = "newsprep.remote.role";
    static final String QUEUE = "newsprep.partitions";
    static final String WORKER_STEP = "cleanPartition";
    private static final Log log = LogFactory.getLog(RemotePartitioningConfiguration.class);

    private RemotePartitioningConfiguration() {
    }

    private static final String OUTPUT_DIR = "#{jobParameters['" + IngestParameters.OUTPUT_DIR + "']}";
    private static final String RUN_ID = "#{jobParameters['" + IngestParameters.RUN_ID + "']}";
    private static final String INPUT_DIR = "#{jobParameters['" + IngestParameters.INPUT_DIR + "']}";
    private static final String REPROCESS = "#{jobParameters['" + IngestParameters.REPROCESS + "']}";

    /** The manager: the ingest job's clean step sends the partitions and waits for them in the repository. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = ROLE, havingValue = "manager")
    @EnableBatchIntegration
    static class Manager {

        @Bean(destroyMethod = "close")
        @ConditionalOnExpression("'${newsprep.remote.broker:}'.isEmpty()")
        EmbeddedBroker embeddedBroker(@Value("${newsprep.remote.broker-port:61616}") int port,
                                      @Value("${newsprep.remote.broker-dir}") String dataDir) throws Exception {
            return new EmbeddedBroker(Path.of(dataDir), port);
        }

        @Bean(destroyMethod = "destroy")
        CachingConnectionFactory partitionConnectionFactory(@Value("${newsprep.remote.broker:}") String broker,
                                                            @Value("${newsprep.remote.broker-port:61616}") int port,
                                                            ObjectProvider<EmbeddedBroker> embedded) {
            embedded.getIfAvailable(); // started first
            String url = broker.isEmpty() ? "tcp://localhost:" + port : broker;
            return new CachingConnectionFactory(new ActiveMQConnectionFactory(url));
        }

        @Bean
        DirectChannel partitionRequests() {
            return new DirectChannel();
        }

        @Bean
        IntegrationFlow partitionRequestsToBroker(DirectChannel partitionRequests,
                                                  CachingConnectionFactory partitionConnectionFactory) {
            return IntegrationFlow.from(partitionRequests)
                    .handle(Jms.outboundAdapter(partitionConnectionFactory).destination(QUEUE))
                    .get();
        }

        @Bean
        @StepScope
        ManifestRangePartitioner manifestPartitioner(@Value(OUTPUT_DIR) String outputDir, @Value(RUN_ID) String runId,
                                                     @Value("${newsprep.remote.partition-size:1000}") int size) {
            return new ManifestRangePartitioner(ScanInputTasklet.manifestOf(RunFolder.of(Path.of(outputDir), runId)), size);
        }

        @Bean
        RemoteCleaning remoteCleaning(RemotePartitioningManagerStepBuilderFactory steps, JobRepository repository,
                                      DirectChannel partitionRequests, Partitioner manifestPartitioner,
                                      NewsprepProperties properties, FileLedger ledger, SignatureStore signatures,
                                      @Value("${newsprep.remote.partition-size:1000}") int size,
                                      @Value("${newsprep.remote.poll-ms:1000}") long pollMillis) {
            Step step = steps.get("clean")
                    .partitioner(WORKER_STEP, manifestPartitioner)
                    .outputChannel(partitionRequests)
                    .pollInterval(pollMillis)
                    .aggregator(new PartitionResultAggregator(repository, WORKER_STEP, size, properties, ledger, signatures))
                    .listener(new PartitionProgress(repository, WORKER_STEP, size, System.err, Math.max(pollMillis, 2000)))
                    .build();
            return new RemoteCleaning(step, new PartsCleanup());
        }
    }

    /** Deletes the partitions' files of a run once it is published. */
    static final class PartsCleanup implements JobExecutionListener {
        @Override
        public void afterJob(JobExecution job) {
            if (job.getStatus() != BatchStatus.COMPLETED) {
                return;
            }
            Path outputDir = Path.of(job.getJobParameters().getString(IngestParameters.OUTPUT_DIR));
            RunFolder run = RunFolder.of(outputDir, job.getJobParameters().getString(IngestParameters.RUN_ID));
            try {
                new PartitionOutputs(outputDir, run).delete();
            } catch (IOException e) {
                log.warn("cannot delete the partitions' files of run " + run.runId() + ": " + e.getMessage());
            }
        }
    }

    /** A worker: takes partition requests from the queue, one at a time, and cleans them. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = ROLE, havingValue = "worker")
    @EnableBatchIntegration
    static class Worker {

        @Bean
        ConnectionFactory partitionConnectionFactory(@Value("${newsprep.remote.broker}") String broker) {
            ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(broker);
            // no prefetching: a request waits in the queue for whichever worker is free
            factory.setConsumerWindowSize(0);
            return factory;
        }

        @Bean
        DirectChannel partitionRequests() {
            return new DirectChannel();
        }

        /**
         * A transacted session: a request is taken off the queue only once its partition has been run, so the
         * broker hands the request of a worker that dies mid-partition to another one. Requests of a run that is
         * no longer running (its manager crashed and resumed it anew) or of a partition already done are dropped.
         */
        @Bean
        IntegrationFlow partitionRequestsFromBroker(ConnectionFactory partitionConnectionFactory,
                                                    DirectChannel partitionRequests, JobRepository repository) {
            return IntegrationFlow.from(Jms.messageDrivenChannelAdapter(partitionConnectionFactory)
                            .destination(QUEUE)
                            .configureListenerContainer(c -> c.sessionTransacted(true).concurrentConsumers(1)))
                    .filter(StepExecutionRequest.class, request -> stillWanted(repository, request))
                    .channel(partitionRequests)
                    .get();
        }

        private static boolean stillWanted(JobRepository repository, StepExecutionRequest request) {
            StepExecution step = repository.getStepExecution(request.getStepExecutionId());
            if (step == null || step.getStatus() == BatchStatus.COMPLETED) {
                return false;
            }
            JobExecution job = repository.getJobExecution(step.getJobExecutionId());
            boolean wanted = job != null && job.getStatus().isRunning();
            if (!wanted) {
                log.info("dropped the request for " + request.getStepName() + " " + step.getStepName()
                        + ": its run is no longer running");
            }
            return wanted;
        }

        @Bean
        Step cleanPartition(RemotePartitioningWorkerStepBuilderFactory steps, DirectChannel partitionRequests,
                            PlatformTransactionManager tm, NewsprepProperties properties,
                            ManifestItemReader partitionReader, CleaningAhead cleaningAhead,
                            PartitionOutputWriter partitionWriter, PendingRejects pendingRejects) {
            return steps.get(WORKER_STEP)
                    .inputChannel(partitionRequests)
                    .<CleanItem, ProcessedFile>chunk(properties.chunkSize())
                    .transactionManager(tm)
                    .reader(partitionReader)
                    .processor(cleaningAhead)
                    .writer(partitionWriter)
                    .faultTolerant()
                    .skipPolicy(new UnexpectedFailureSkipPolicy())
                    .skipListener(new RejectSkippedFileListener(pendingRejects))
                    .build();
        }

        @Bean
        @StepScope
        ManifestItemReader partitionReader(ManifestItemReader manifestReader,
                                           @Value("#{stepExecutionContext['" + ManifestRangePartitioner.FIRST_LINE + "']}") long first,
                                           @Value("#{stepExecutionContext['" + ManifestRangePartitioner.END_LINE + "']}") long end) {
            return manifestReader.lines(first, end);
        }

        /** The clean step's writer, into the partition's own folder. */
        @Bean
        @StepScope
        PartitionOutputWriter partitionWriter(@Value(INPUT_DIR) String inputDir, @Value(OUTPUT_DIR) String outputDir,
                                        @Value(RUN_ID) String runId, @Value(REPROCESS) String reprocess,
                                        @Value("#{stepExecution.stepName}") String stepName,
                                        PendingRejects pendingRejects, FileLedger ledger,
                                        NewsprepProperties properties,
                                        @Value("#{stepExecution.jobExecution.jobParameters}") JobParameters parameters) throws IOException {
            String partition = stepName.substring(stepName.indexOf(':') + 1);
            Path dir = new PartitionOutputs(Path.of(outputDir), RunFolder.of(Path.of(outputDir), runId))
                    .partitionDir(partition);
            List<TransactionalOutcomeFile> files = RunCleaningSettings.of(parameters, properties).formats(properties).stream()
                    .map(format -> new TransactionalOutcomeFile(format, dir.resolve(format.fileName())))
                    .toList();
            return new PartitionOutputWriter(dir, files, pendingRejects, ledger, RealPaths.of(Path.of(inputDir)).toString(), runId,
                    Boolean.parseBoolean(reprocess));
        }
    }
}
