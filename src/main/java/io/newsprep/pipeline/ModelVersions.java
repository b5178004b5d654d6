package io.newsprep.pipeline;

import io.newsprep.clean.HeadlineModel;

/** The versions of the models a pipeline made in this process cleans with, for run reports. */
public final class ModelVersions {

    private ModelVersions() {
    }

    /** The bundled headline model's version number. */
    public static String headlineModel() {
        return String.valueOf(HeadlineModel.bundled().version());
    }
}
