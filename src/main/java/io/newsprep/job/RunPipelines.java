package io.newsprep.job;

import io.newsprep.pipeline.ArticlePipeline;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The pipeline for a run's cleaning settings: the process's own pipeline when the run's settings are the
 * process's, else one built for them (once per distinct settings: a worker serves runs of several managers).
 */
final class RunPipelines {

    private final NewsprepProperties process;
    private final Supplier<ArticlePipeline> own;
    private final Function<NewsprepProperties, ArticlePipeline> builder;
    private final Map<RunCleaningSettings, ArticlePipeline> built = new ConcurrentHashMap<>();

    RunPipelines(NewsprepProperties process, Supplier<ArticlePipeline> own,
                 Function<NewsprepProperties, ArticlePipeline> builder) {
        this.process = process;
        this.own = own;
        this.builder = builder;
    }

    ArticlePipeline forRun(RunCleaningSettings settings) {
        RunCleaningSettings pipelineSettings = new RunCleaningSettings(settings.maxFileBytes(), "", settings.lineModel(),
                settings.lineModelFile());
        RunCleaningSettings processSettings = new RunCleaningSettings(process.maxFileBytes(), "", process.lineModel(),
                process.lineModelFile());
        if (pipelineSettings.equals(processSettings)) {
            return own.get();
        }
        return built.computeIfAbsent(pipelineSettings, s -> builder.apply(settings.applyTo(process)));
    }
}
