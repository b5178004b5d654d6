package io.newsprep.cli;

import io.newsprep.clean.LineVerdict;
import io.newsprep.input.Dump;
import io.newsprep.input.DumpLoader;
import io.newsprep.input.RejectedDumpException;
import io.newsprep.input.SourceFile;
import io.newsprep.job.NewsprepProperties;
import io.newsprep.memory.PublisherMemory;
import io.newsprep.output.ExplainFormatter;
import io.newsprep.pipeline.Analysis;
import io.newsprep.pipeline.ArticlePipeline;
import io.newsprep.pipeline.PipelineFactory;
import io.newsprep.store.PublisherLineStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Show every line of one dump with KEEP or DROP, its kind and the rule that decided.")
final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "a dump (.txt, .html, possibly gzip-compressed)")
    Path file;

    @Option(names = "--dropped", description = "show only the lines that were removed")
    boolean droppedOnly;

    @Option(names = "--profiles", paramLabel = "DIR", description = "a folder of your own publisher profiles (*.json)")
    Path profiles;

    @Option(names = "--memory", paramLabel = "DIR",
            description = "output folder of earlier ingest runs: also drop the lines the publisher repeats, as ingest does")
    Path memoryOf;

    @Option(names = "--line-model", paramLabel = "on|off", description = LineModelOption.DESCRIPTION)
    String lineModel;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new ParameterException(spec.commandLine(), Files.isDirectory(file)
                    ? file + " is a folder: explain shows one file (ingest takes folders)"
                    : (Files.exists(file) ? "not a regular file: " : "file not found: ") + file);
        }
        Path absolute = file.toAbsolutePath().normalize();
        SourceFile source = new SourceFile(absolute, absolute.getFileName().toString());
        Boolean useLineModel = LineModelOption.parse(spec, lineModel);
        ArticlePipeline pipeline = useLineModel == null ? PipelineFactory.create(profiles, DumpLoader.DEFAULT_MAX_BYTES)
                : PipelineFactory.create(profiles, DumpLoader.DEFAULT_MAX_BYTES, useLineModel);
        ArticlePipeline.Loaded loaded;
        try {
            loaded = pipeline.load(source);
        } catch (RejectedDumpException e) {
            spec.commandLine().getOut().println(source.relativePath() + ": rejected (" + e.reason().code() + "): "
                    + e.getMessage());
            return Newsprep.EXIT_OK;
        }
        Analysis analysis = pipeline.analyse(loaded, memory());
        Dump dump = loaded.dump();
        List<LineVerdict> verdicts = analysis.cleaned().verdicts();
        Map<String, String> header = new LinkedHashMap<>();
        header.put("encoding", dump.encoding());
        header.put("format", dump.format().name().toLowerCase());
        header.put("title", analysis.cleaned().title());
        header.put("source", describeSource(analysis));
        header.put("language", analysis.language().code() + String.format(" (%.2f)", analysis.language().confidence()));
        spec.commandLine().getOut().print(
                ExplainFormatter.format(source.relativePath(), dump.lines(), verdicts, header, droppedOnly));
        spec.commandLine().getOut().flush();
        return Newsprep.EXIT_OK;
    }

    private PublisherMemory memory() {
        if (memoryOf == null) {
            return PublisherMemory.EMPTY;
        }
        if (!Files.isDirectory(memoryOf.resolve(RepositoryLocation.DEFAULT_FOLDER))) {
            throw new ParameterException(spec.commandLine(), "no job repository under " + memoryOf);
        }
        try (ConfigurableApplicationContext context = SpringRuntime.start(null, memoryOf.toAbsolutePath(), Map.of())) {
            return context.getBean(NewsprepProperties.class).memory().recallFrom(context.getBean(PublisherLineStore.class));
        }
    }

    private static String describeSource(Analysis analysis) {
        var tag = analysis.source().tag();
        if (tag.domain() == null && tag.name() == null) {
            return "unknown";
        }
        return (tag.name() == null ? "" : tag.name() + " ") + (tag.domain() == null ? "" : "(" + tag.domain() + ") ")
                + "via " + tag.method().code();
    }
}
