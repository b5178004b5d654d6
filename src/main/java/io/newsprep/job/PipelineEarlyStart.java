package io.newsprep.job;

import io.newsprep.pipeline.ArticlePipeline;

import java.util.concurrent.CompletableFuture;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.SmartApplicationListener;

/**
 * Starts building the pipeline as soon as the settings are known, before the application context exists: the
 * context and the job repository take most of start-up on one core, and the pipeline's models and rules load
 * meanwhile on another. The pipeline being built is handed to the context as {@link EarlyPipeline}, which
 * {@link PipelineConfiguration} uses when its settings are the ones the context bound.
 */
public final class PipelineEarlyStart implements SmartApplicationListener {

    private EarlyPipeline started;

    @Override
    public boolean supportsEventType(Class<? extends ApplicationEvent> eventType) {
        return ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(eventType)
                || ApplicationPreparedEvent.class.isAssignableFrom(eventType);
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared && started == null) {
            NewsprepProperties settings = Binder.get(prepared.getEnvironment())
                    .bindOrCreate("newsprep", NewsprepProperties.class);
            started = new EarlyPipeline(settings, PipelineConfiguration.startBuilding(settings));
        } else if (event instanceof ApplicationPreparedEvent prepared && started != null) {
            prepared.getApplicationContext().getBeanFactory().registerSingleton("earlyPipeline", started);
        }
    }

    /** The pipeline being built, and the settings it is built with. */
    record EarlyPipeline(NewsprepProperties settings, CompletableFuture<ArticlePipeline> pipeline) {

        boolean builtWith(NewsprepProperties bound) {
            return settings.equals(bound);
        }
    }
}
