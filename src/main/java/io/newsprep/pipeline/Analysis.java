package io.newsprep.pipeline;

import io.newsprep.clean.CleanedDocument;
import io.newsprep.input.Dump;
import io.newsprep.language.LanguageTag;
import io.newsprep.publisher.PublisherIdentification;

/** Everything the pipeline found out about one dump, before it is shaped into an article record. */
public record Analysis(Dump dump, PublisherIdentification source, CleanedDocument cleaned, LanguageTag language) {
}
