package io.newsprep.job;

import io.newsprep.model.LineModel;
import io.newsprep.output.run.RunFolder;
import io.newsprep.output.run.RunSettings;
import io.newsprep.pipeline.ModelVersions;
import io.newsprep.pipeline.PipelineVersion;

import java.util.LinkedHashMap;
import java.util.Map;

/** An ingest run's options, folders and versions as its report records them. */
final class IngestRunSettings {

    private IngestRunSettings() {
    }

    static RunSettings of(String inputDir, String outputDir, RunFolder run, boolean reprocess, String only,
                          NewsprepProperties properties, String repositoryUrl, LineModel lineModel) {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("reprocess", reprocess);
        options.put("only", only == null || only.isEmpty() ? null : only);
        options.put("threads", properties.threads());
        options.put("max_file_size_mb", properties.maxFileBytes() / (1024 * 1024));
        options.put("profiles", properties.profilesDir());
        options.put("repository", withoutProperties(repositoryUrl));
        options.put("line_model", lineModel != null);
        Map<String, String> versions = new LinkedHashMap<>();
        versions.put("newsprep", PipelineVersion.current());
        versions.put("line_model", lineModel == null ? null : lineModel.version());
        versions.put("headline_model", ModelVersions.headlineModel());
        return new RunSettings(options, inputDir, outputDir, run.publishedDir().toString(), versions);
    }

    /** The JDBC URL up to its first property ({@code ;name=value}), which could carry a password. */
    private static String withoutProperties(String url) {
        if (url == null) {
            return null;
        }
        // HSQLDB's properties follow a semicolon, PostgreSQL's a question mark
        int end = url.indexOf(url.startsWith("jdbc:postgresql:") ? '?' : ';');
        return end < 0 ? url : url.substring(0, end);
    }
}
