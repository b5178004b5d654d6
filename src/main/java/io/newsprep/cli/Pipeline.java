package io.newsprep.cli;

import io.newsprep.article.DumpProcessor;
import io.newsprep.clean.Cleaner;
import io.newsprep.input.DumpLoader;
import io.newsprep.tag.LanguageTagger;
import io.newsprep.tag.SourceProfiles;
import io.newsprep.tag.SourceTagger;

import java.nio.file.Path;

/** The per-file pipeline with its bundled rules and profiles, for commands that run without Spring. */
final class Pipeline {

    private Pipeline() {
    }

    static DumpProcessor create(Path profilesDir) {
        return new DumpProcessor(new DumpLoader(), new SourceTagger(SourceProfiles.load(profilesDir)), new Cleaner(),
                new LanguageTagger());
    }
}
