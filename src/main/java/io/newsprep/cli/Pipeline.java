package io.newsprep.cli;

import io.newsprep.article.DumpProcessor;
import io.newsprep.clean.Cleaner;
import io.newsprep.input.DumpLoader;
import io.newsprep.tag.LanguageTagger;
import io.newsprep.tag.SourceTagger;

/** The per-file pipeline with its bundled rules and profiles, for commands that run without Spring. */
final class Pipeline {

    private Pipeline() {
    }

    static DumpProcessor create() {
        return new DumpProcessor(new DumpLoader(), new SourceTagger(), new Cleaner(), new LanguageTagger());
    }
}
