package io.newsprep.cli;

import io.newsprep.eval.BodyEvaluator;
import io.newsprep.eval.EvaluationReport;
import io.newsprep.eval.EvaluationResult;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Score article bodies against gold bodies with the article-extraction benchmark's metric.",
                "The metric compares 4-token shingles. Prints precision, recall, F1, and the worst documents with what",
                "was wrongly kept or dropped."})
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

    @Override
    public Integer call() {
        Path articlesFile = Files.isDirectory(articles) ? articles.resolve("articles.jsonl") : articles;
        for (Path p : new Path[] {gold, articlesFile}) {
            if (!Files.isRegularFile(p)) {
                throw new ParameterException(spec.commandLine(), "file not found: " + p);
            }
        }
        EvaluationResult result = new BodyEvaluator().evaluate(gold, articlesFile,
                warning -> spec.commandLine().getErr().println("newsprep: " + warning));
        spec.commandLine().getOut().print(EvaluationReport.format(result, worst));
        spec.commandLine().getOut().flush();
        return Newsprep.EXIT_OK;
    }
}
