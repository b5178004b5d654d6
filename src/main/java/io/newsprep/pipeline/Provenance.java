package io.newsprep.pipeline;

/** Which run produced a record, when, and with which version of newsprep. */
public record Provenance(String runId, String ingestedAt, String pipelineVersion) {
}
