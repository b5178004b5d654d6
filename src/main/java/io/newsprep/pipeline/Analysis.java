package io.newsprep.pipeline;

import io.newsprep.clean.CleanedDocument;
import io.newsprep.input.Dump;
import io.newsprep.tag.LanguageTag;
import io.newsprep.tag.SourceIdentification;

/** Everything the pipeline found out about one dump, before it is shaped into an article record. */
public record Analysis(Dump dump, SourceIdentification source, CleanedDocument cleaned, LanguageTag language) {
}
