package io.newsprep.job;

import io.newsprep.output.OutcomeFormat;
import io.newsprep.output.OutcomeFormats;
import io.newsprep.output.RemovedLines;

import java.util.List;

import io.newsprep.duplicate.MinHasher;
import io.newsprep.memory.RecurrencePolicy;
import io.newsprep.memory.PublisherMemory;
import io.newsprep.pipeline.PipelineVersion;
import io.newsprep.store.PublisherLineStore;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tuning of a run that does not change what the run means (so it is not a job parameter).
 *
 * @param threads      worker threads that clean files concurrently
 * @param chunkSize    files per chunk: one transaction, one write, one saved restart point
 * @param maxFileBytes files larger than this are rejected as {@code too_large}
 * @param profilesDir  a folder of the user's own publisher profiles (*.json), added to the bundled ones; may be null
 * @param memory       the per-publisher memory of recurring lines
 * @param removed        what articles.jsonl keeps of the removed lines: {@code lines}, {@code counts} or {@code none}
 * @param currentFormats the formats of {@code OUTPUT/current/}, comma-separated: {@code parquet}, {@code csv},
 *                       {@code jsonl}
 * @param lineModel      whether the trained line model decides the lines of text dumps; null for the default
 * @param duplicates     the near-duplicate clusters
 * @param lineModelFile  a line model file of the user's own that decides the lines of text dumps instead of the
 *                       shipped one; null or blank for the shipped one
 */
@ConfigurationProperties("newsprep")
public record NewsprepProperties(int threads, int chunkSize, long maxFileBytes, String profilesDir,
                                 @DefaultValue Memory memory, @DefaultValue("counts") String removed,
                                 @DefaultValue("parquet") String currentFormats, Boolean lineModel,
                                 @DefaultValue Duplicates duplicates, String lineModelFile) {

    public NewsprepProperties {
        threads = threads <= 0 ? Runtime.getRuntime().availableProcessors() : threads;
        chunkSize = chunkSize <= 0 ? 200 : chunkSize;
        maxFileBytes = maxFileBytes <= 0 ? 20L * 1024 * 1024 : maxFileBytes;
        memory = memory == null ? new Memory(true, 3, 0.05, 1000, 1000, 10000) : memory;
        removed = removed == null || removed.isBlank() ? RemovedLines.DEFAULT.code() : removed;
        currentFormats = currentFormats == null || currentFormats.isBlank() ? "parquet" : currentFormats;
        duplicates = duplicates == null ? new Duplicates(true, 0.5, 50, 20_000) : duplicates;
        lineModelFile = lineModelFile == null || lineModelFile.isBlank() ? null : lineModelFile;
    }

    /** The formats this run writes. */
    public List<OutcomeFormat> formats() {
        return OutcomeFormats.of(RemovedLines.of(removed));
    }

    /**
     * What decides a reject in a run with these settings, besides the file's bytes: the pipeline version, the
     * size limit and the profiles folder. The ledger keeps it with each row; a reject recorded under anything
     * else is tried again.
     */
    public String decidedUnder() {
        String under = "version=" + PipelineVersion.current() + " max-file-bytes=" + maxFileBytes
                + (profilesDir == null || profilesDir.isBlank() ? "" : " profiles=" + profilesDir);
        return under.length() <= 256 ? under : under.substring(0, 192) + " #" + Integer.toHexString(under.hashCode());
    }

    /**
     * @param enabled           learn each publisher's recurring lines and remove them as chrome
     * @param minSupport        documents a line must occur in before it counts as recurring
     * @param minShare          share of a publisher's documents a line must occur in, once the publisher has many
     * @param maxSources        publishers remembered (those with the most documents)
     * @param maxLinesPerSource distinct lines remembered per publisher (the most frequent)
     * @param maxUnnamedDocuments documents of no known publisher a run groups by site ({@code SiteMates}); 0: none
     */
    public record Memory(@DefaultValue("true") boolean enabled, @DefaultValue("3") int minSupport,
                         @DefaultValue("0.05") double minShare, @DefaultValue("1000") int maxSources,
                         @DefaultValue("1000") int maxLinesPerSource,
                         @DefaultValue("10000") int maxUnnamedDocuments) {

        /** What these settings let a run recall from the store: nothing when the memory is disabled. */
        public PublisherMemory recallFrom(PublisherLineStore store) {
            return enabled ? store.recall(new RecurrencePolicy(minSupport, minShare), maxSources) : PublisherMemory.EMPTY;
        }
    }

    /**
     * @param enabled   place every article in a cluster of near-duplicates (syndicated copies)
     * @param threshold estimated Jaccard similarity of the bodies' shingles from which an article is a copy
     * @param minWords  bodies of fewer words (tokens) are never clustered: too short to tell a copy from shared chrome
     * @param window    articles whose signatures are kept for later runs (the newest ones)
     */
    public record Duplicates(@DefaultValue("true") boolean enabled, @DefaultValue("0.5") double threshold,
                             @DefaultValue("50") int minWords, @DefaultValue("20000") long window) {

        /** The signature maker these settings call for: null when clustering is off. */
        public MinHasher hasher() {
            return enabled ? new MinHasher(minWords) : null;
        }
    }
}
