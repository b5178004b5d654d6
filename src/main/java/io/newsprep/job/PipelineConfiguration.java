package io.newsprep.job;

import io.newsprep.pipeline.ArticlePipeline;
import io.newsprep.model.ModelFile;
import io.newsprep.pipeline.PipelineFactory;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * Builds the framework-free pipeline once per application; it is shared by all worker threads. Loading its
 * models and rules takes a good part of a second, so it is built on a background thread, started by
 * {@link PipelineEarlyStart} before the context when the command line starts the application, else as soon as
 * the context does; the job waits for it only when it needs it.
 */
@Configuration(proxyBeanMethods = false)
class PipelineConfiguration {

    @Bean
    CompletableFuture<ArticlePipeline> pipelineBeingBuilt(NewsprepProperties properties,
                                                        ObjectProvider<PipelineEarlyStart.EarlyPipeline> early) {
        PipelineEarlyStart.EarlyPipeline started = early.getIfAvailable();
        return started != null && started.builtWith(properties) ? started.pipeline() : startBuilding(properties);
    }

    static CompletableFuture<ArticlePipeline> startBuilding(NewsprepProperties properties) {
        CompletableFuture<ArticlePipeline> future = new CompletableFuture<>();
        Thread builder = new Thread(() -> {
            try {
                future.complete(build(properties));
            } catch (RuntimeException | Error e) {
                future.completeExceptionally(e);
            }
        }, "pipeline-init");
        builder.setDaemon(true);
        builder.start();
        return future;
    }

    @Bean
    @Lazy
    ArticlePipeline articlePipeline(CompletableFuture<ArticlePipeline> pipelineBeingBuilt) {
        try {
            return pipelineBeingBuilt.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** The pipeline a run's cleaning settings call for: the process's own when they are the process's. */
    @Bean
    RunPipelines runPipelines(NewsprepProperties properties, ObjectProvider<ArticlePipeline> articlePipeline) {
        return new RunPipelines(properties, articlePipeline::getObject, PipelineConfiguration::build);
    }

    static ArticlePipeline build(NewsprepProperties properties) {
        String dir = properties.profilesDir();
        Path profiles = dir == null || dir.isBlank() ? null : Path.of(dir);
        if (properties.lineModelFile() != null) {
            try {
                return PipelineFactory.withLineModel(profiles, properties.maxFileBytes(),
                        ModelFile.read(Path.of(properties.lineModelFile())));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot read the line model file " + properties.lineModelFile(), e);
            }
        }
        return properties.lineModel() == null ? PipelineFactory.create(profiles, properties.maxFileBytes())
                : PipelineFactory.create(profiles, properties.maxFileBytes(), properties.lineModel());
    }
}
