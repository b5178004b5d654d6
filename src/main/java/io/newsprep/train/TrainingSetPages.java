package io.newsprep.train;

import io.newsprep.input.Dump;
import io.newsprep.input.DumpLoader;
import io.newsprep.input.RejectedDumpException;
import io.newsprep.input.SourceFile;
import io.newsprep.input.TextDumpReader;
import io.newsprep.text.JsonLinesById;

import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The pages of training set folders: each line of a set's gold.jsonl with its manifest line and its text dump. */
final class TrainingSetPages {

    private final DumpLoader loader = new DumpLoader(DumpLoader.DEFAULT_MAX_BYTES, List.of(new TextDumpReader()));

    /** One gold page of a set; its manifest line is null where the set has none for it. */
    record Page(Path set, String id, JsonNode gold, JsonNode manifest, DumpLoader loader) {

        /** The host of the page's URL without "www.", or null. */
        String host() {
            JsonNode url = gold.get("url");
            return TrainingCorpus.host(url == null || url.isNull() ? null : url.asString());
        }

        /** The page's text dump as {@code ingest} loads it from the set folder, or null when it has none or it is rejected. */
        Dump dump() {
            return load(set);
        }

        /**
         * The page's text dump as {@code ingest} loads it from the set's dumps folder (its document key is then the
         * bare file name, which the site-name rules see), or null when it has none or it is rejected.
         */
        Dump dumpFromDumpsFolder() {
            return load(set.resolve("dumps"));
        }

        private Dump load(Path inputRoot) {
            Path file = set.resolve("dumps").resolve(id + ".txt");
            if (!Files.isRegularFile(file)) {
                return null;
            }
            try {
                return loader.load(SourceFile.of(inputRoot, file));
            } catch (RejectedDumpException e) {
                return null;
            }
        }
    }

    /** Gives every gold page of the sets, set by set, in the order of each gold.jsonl. */
    void forEach(List<Path> sets, Consumer<Page> action) {
        for (Path set : sets) {
            Map<String, JsonNode> manifest = Files.exists(set.resolve("manifest.jsonl"))
                    ? JsonLinesById.read(set.resolve("manifest.jsonl")) : Map.of();
            for (Map.Entry<String, JsonNode> e : JsonLinesById.read(set.resolve("gold.jsonl")).entrySet()) {
                action.accept(new Page(set, e.getKey(), e.getValue(), manifest.get(e.getKey()), loader));
            }
        }
    }
}
