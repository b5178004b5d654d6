package io.newsprep.pipeline;

import io.newsprep.clean.Cleaner;
import io.newsprep.clean.HeadlineModel;
import io.newsprep.model.ModelFile;

/** The versions of the models a pipeline made in this process cleans with, for run reports. */
public final class ModelVersions {

    private ModelVersions() {
    }

    /** The shipped line model's version when it decides lines, null when the hand-made classifier does. */
    public static String lineModel() {
        return lineModelEnabled() ? ModelFile.shipped().version() : null;
    }

    public static boolean lineModelEnabled() {
        return Boolean.parseBoolean(System.getProperty(Cleaner.LINE_MODEL_PROPERTY, "false"));
    }

    /** The bundled headline model's version number. */
    public static String headlineModel() {
        return String.valueOf(HeadlineModel.bundled().version());
    }
}
