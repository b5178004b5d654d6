package io.newsprep.cli;

import io.newsprep.eval.ArticleFolders;
import io.newsprep.eval.BodyEvaluator;
import io.newsprep.eval.EvaluationReport;
import io.newsprep.eval.EvaluationResult;
import io.newsprep.eval.MetadataEvaluator;
import io.newsprep.eval.MetadataGold;
import io.newsprep.eval.TitleEvaluator;
import io.newsprep.eval.TitleResult;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Score article bodies against gold bodies with the article-extraction benchmark's metric.",
                "The metric compares 4-token shingles. Prints precision, recall, F1, and the worst documents with what",
                "was wrongly kept or dropped. Where the gold (or --titles) gives titles, also the share of exact",
                "titles (after normalising case, punctuation, white space and Unicode NFKC); figures per input",
                "folder when the articles come from several. Where the gold (or --metadata) gives a date, authors, a",
                "section or a publisher name, also the shares of right, wrong and missing values of each (on a text",
                "dump only where the gold says the dump shows the value)."})
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "GOLD.jsonl",
            description = "one {\"id\", \"articleBody\"} object per line")
    Path gold;

    @Option(names = "--articles", required = true, paramLabel = "ARTICLES.jsonl",
            description = "articles.jsonl of a run (or a run folder)")
    Path articles;

    @Option(names = "--worst", paramLabel = "K", defaultValue = "10",
            description = "how many of the worst documents to show (default: ${DEFAULT-VALUE})")
    int worst;

    @Option(names = "--titles", paramLabel = "TITLES.jsonl",
            description = "gold titles, one {\"id\", \"title\"} object per line (the --gold file's titles are used too)")
    Path titles;

    @Option(names = "--metadata", paramLabel = "METADATA.jsonl",
            description = {"gold metadata, {\"id\", \"published\", \"authors\", \"section\", \"site_name\"} with the",
                    "flags published_visible, authors_visible, section_visible, site_name_visible; may be repeated",
                    "(a gold file and its manifest); the --gold file's fields are used too"})
    List<Path> metadata = new ArrayList<>();

    @Override
    public Integer call() {
        Path articlesFile = Files.isDirectory(articles) ? articles.resolve("articles.jsonl") : articles;
        List<Path> inputs = new ArrayList<>(java.util.Arrays.asList(gold, articlesFile, titles));
        inputs.addAll(metadata);
        for (Path p : inputs) {
            if (p != null && !Files.isRegularFile(p)) {
                throw new ParameterException(spec.commandLine(), "file not found: " + p);
            }
        }
        Consumer<String> warnings = warning -> spec.commandLine().getErr().println("newsprep: " + warning);
        EvaluationResult result = new BodyEvaluator().evaluate(gold, articlesFile, warnings);
        spec.commandLine().getOut().print(EvaluationReport.format(result, worst));
        // added after the body report, which existing readers parse as it is
        List<String> ids = result.documents().stream().map(d -> d.id()).toList();
        spec.commandLine().getOut().print(ArticleFolders.read(articlesFile, java.util.Set.copyOf(ids), s -> { })
                .bodyLines(result));
        List<Path> titleFiles = new ArrayList<>(List.of(gold));
        if (titles != null) {
            titleFiles.add(titles);
        }
        TitleEvaluator titleEvaluator = new TitleEvaluator();
        Map<String, String> goldTitles = titleEvaluator.goldTitles(titleFiles, s -> { });
        if (!goldTitles.isEmpty()) {
            TitleResult titleResult = titleEvaluator.evaluate(goldTitles, articlesFile, s -> { });
            spec.commandLine().getOut().print(titleResult.format(worst));
        }
        List<Path> metadataFiles = new ArrayList<>(List.of(gold));
        metadataFiles.addAll(metadata);
        MetadataEvaluator metadataEvaluator = new MetadataEvaluator();
        Map<String, MetadataGold> goldMetadata = metadataEvaluator.gold(metadataFiles, s -> { });
        if (!goldMetadata.isEmpty()) {
            spec.commandLine().getOut().print(metadataEvaluator.evaluate(goldMetadata, articlesFile, s -> { })
                    .format(worst));
        }
        spec.commandLine().getOut().flush();
        return Newsprep.EXIT_OK;
    }
}
