package io.newsprep.job;

import io.newsprep.article.DumpProcessor;
import io.newsprep.article.Outcome;
import io.newsprep.article.Provenance;
import io.newsprep.input.SourceFile;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Runs the framework-free per-file pipeline for one input file. Called concurrently when threads &gt; 1. */
class DumpItemProcessor implements ItemProcessor<SourceFile, Outcome> {

    private final DumpProcessor pipeline;
    private final Provenance provenance;

    DumpItemProcessor(DumpProcessor pipeline, Provenance provenance) {
        this.pipeline = pipeline;
        this.provenance = provenance;
    }

    @Override
    public Outcome process(SourceFile file) throws UnexpectedDumpFailure {
        try {
            return pipeline.process(file, provenance);
        } catch (RuntimeException | Error e) {
            if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) {
                throw e; // the JVM itself is in trouble: fail the run, it can be restarted
            }
            // a defect triggered by one file: the skip policy turns it into a reject
            throw new UnexpectedDumpFailure(file, e);
        }
    }
}
