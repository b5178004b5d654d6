package io.newsprep.job;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStream;

/**
 * The clean step's processor: cleans each file on the worker threads as soon as the reader lists it, up to a
 * chunk ahead of the step, and hands the step the result when it asks for that file. The workers thus go on
 * cleaning the next chunk's files while the step writes and commits a chunk, instead of waiting for it. A file
 * not started ahead (after a rollback, for instance) is cleaned when asked for. Cleaning has no side effects,
 * so a result started for a chunk that never commits is simply dropped, and the file is cleaned again after a
 * restart. When the step ends, files not yet started are dropped and the ones being cleaned are waited for, so
 * that nothing of the step runs after it. One instance per clean step execution.
 */
class CleaningAhead implements ItemProcessor<CleanItem, ProcessedFile>, ItemStream {

    private final DumpItemProcessor cleaner;
    private final Executor workers;
    private final Map<String, CompletableFuture<ProcessedFile>> started = new ConcurrentHashMap<>();
    private final Object lock = new Object();
    /** Files being cleaned right now. */
    private int running;
    private boolean closed;

    CleaningAhead(DumpItemProcessor cleaner, Executor workers) {
        this.cleaner = cleaner;
        this.workers = workers;
    }

    /** Starts cleaning a file the reader has just listed; called from the step's thread. */
    void start(CleanItem item) {
        StepContext context = StepSynchronizationManager.getContext();
        StepExecution step = context == null ? null : context.getStepExecution();
        started.put(item.key(), CompletableFuture.supplyAsync(() -> cleanInStep(item, step), workers));
    }

    /** Cleans a file on a worker, within the step as the step's own thread is, for the step-scoped parts it uses. */
    private ProcessedFile cleanInStep(CleanItem file, StepExecution step) {
        synchronized (lock) {
            if (closed) {
                return null; // the step has ended: nobody will ask for it
            }
            running++;
        }
        if (step != null) {
            StepSynchronizationManager.register(step);
        }
        try {
            return cleaner.process(file);
        } catch (UnexpectedDumpFailure e) {
            throw new CompletionException(e);
        } finally {
            if (step != null) {
                StepSynchronizationManager.close();
            }
            synchronized (lock) {
                running--;
                lock.notifyAll();
            }
        }
    }

    @Override
    public void open(ExecutionContext executionContext) {
        synchronized (lock) {
            closed = false;
        }
    }

    /** At the end of the step: drops the files not started, waits for the ones being cleaned. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            boolean interrupted = false;
            while (running > 0) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        started.clear();
    }

    @Override
    public ProcessedFile process(CleanItem file) throws UnexpectedDumpFailure {
        CompletableFuture<ProcessedFile> result = started.remove(file.key());
        if (result == null) {
            return cleaner.process(file);
        }
        try {
            return result.join();
        } catch (CompletionException e) {
            // the failure as cleaning it here would have thrown it, for the skip policy to judge
            Throwable cause = e.getCause();
            if (cause instanceof UnexpectedDumpFailure failure) {
                throw failure;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }
}
