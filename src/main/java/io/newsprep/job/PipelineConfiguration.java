package io.newsprep.job;

import io.newsprep.article.DumpProcessor;
import io.newsprep.clean.Cleaner;
import io.newsprep.input.DumpLoader;
import io.newsprep.tag.LanguageTagger;
import io.newsprep.tag.SourceProfiles;
import io.newsprep.tag.SourceTagger;

import java.nio.file.Path;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the framework-free pipeline once per application; it is shared by all worker threads. */
@Configuration(proxyBeanMethods = false)
class PipelineConfiguration {

    @Bean
    DumpProcessor dumpProcessor(NewsprepProperties properties) {
        SourceProfiles profiles = SourceProfiles.load(
                properties.profilesDir() == null || properties.profilesDir().isBlank() ? null : Path.of(properties.profilesDir()));
        return new DumpProcessor(new DumpLoader(properties.maxFileBytes()), new SourceTagger(profiles), new Cleaner(),
                new LanguageTagger());
    }
}
