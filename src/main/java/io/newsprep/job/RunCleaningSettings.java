package io.newsprep.job;

import io.newsprep.output.OutcomeFormat;

import java.util.List;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The options that decide how a run cleans its files (size limit, removed lines, line model), kept with the run as
 * job parameters: a remote worker cleans a partition as the run's manager was told to, and a resumed run goes on as
 * it started, whatever options the process was started with.
 */
record RunCleaningSettings(long maxFileBytes, String removed, Boolean lineModel, String lineModelFile) {

    static final String MAX_FILE_BYTES = "cleaning.max-file-bytes";
    static final String REMOVED = "cleaning.removed";
    /** {@code true}, {@code false}, or empty for the default. */
    static final String LINE_MODEL = "cleaning.line-model";
    /** The path of the user's own line model file, or empty for the shipped model. */
    static final String LINE_MODEL_FILE = "cleaning.line-model-file";

    RunCleaningSettings(long maxFileBytes, String removed, Boolean lineModel) {
        this(maxFileBytes, removed, lineModel, null);
    }

    static RunCleaningSettings of(NewsprepProperties properties) {
        return new RunCleaningSettings(properties.maxFileBytes(), properties.removed(), properties.lineModel(),
                properties.lineModelFile());
    }

    /** The run's settings; those a run of an earlier version did not record are the process's. */
    static RunCleaningSettings of(JobParameters parameters, NewsprepProperties process) {
        String lineModel = parameters.getString(LINE_MODEL);
        String lineModelFile = parameters.getString(LINE_MODEL_FILE);
        return new RunCleaningSettings(
                parameters.getString(MAX_FILE_BYTES) == null ? process.maxFileBytes()
                        : Long.parseLong(parameters.getString(MAX_FILE_BYTES)),
                parameters.getString(REMOVED, process.removed()),
                lineModel == null ? process.lineModel() : lineModel.isEmpty() ? null : Boolean.valueOf(lineModel),
                lineModelFile == null ? process.lineModelFile() : lineModelFile.isEmpty() ? null : lineModelFile);
    }

    JobParametersBuilder addTo(JobParametersBuilder parameters) {
        return parameters
                .addString(MAX_FILE_BYTES, String.valueOf(maxFileBytes), false)
                .addString(REMOVED, removed, false)
                .addString(LINE_MODEL, lineModel == null ? "" : lineModel.toString(), false)
                .addString(LINE_MODEL_FILE, lineModelFile == null ? "" : lineModelFile, false);
    }

    /** The process's settings with this run's cleaning options. */
    NewsprepProperties applyTo(NewsprepProperties process) {
        return new NewsprepProperties(process.threads(), process.chunkSize(), maxFileBytes, process.profilesDir(),
                process.memory(), removed, process.currentFormats(), lineModel, process.duplicates(), lineModelFile);
    }

    List<OutcomeFormat> formats(NewsprepProperties process) {
        return applyTo(process).formats();
    }
}
