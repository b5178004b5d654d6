package io.newsprep.train;

import java.nio.file.Path;
import java.util.List;

/** Fits the weights of one of the cleaner's choosers on training sets, or measures them held out by site. */
public interface WeightsFit {

    /** The weights file's text, fitted on all pages of the sets. */
    String fit(List<Path> sets);

    /** Prints held-out figures over folds by site. */
    void crossValidate(List<Path> sets);
}
