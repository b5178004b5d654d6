package io.newsprep.cli;

import io.newsprep.pipeline.PipelineVersion;
import picocli.CommandLine;

/** Reports the version recorded in the jar's manifest. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"newsprep " + PipelineVersion.current()};
    }
}
