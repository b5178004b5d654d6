package io.newsprep.cli;

import io.newsprep.clean.LineVerdict;
import io.newsprep.input.ArchiveRecord;
import io.newsprep.input.ArchiveRecords;
import io.newsprep.input.Dump;
import io.newsprep.input.DumpLoader;
import io.newsprep.input.RejectedDumpException;
import io.newsprep.input.SourceFile;
import io.newsprep.job.NewsprepProperties;
import io.newsprep.memory.PublisherMemory;
import io.newsprep.model.LineModel;
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

    @Option(names = "--record", paramLabel = "OFFSET",
            description = "for a web archive (.warc, .warc.gz, .wet…): the record at this offset, the number after # in source_file")
    Long record;

    @Option(names = "--line-model", paramLabel = "on|off", description = LineModelOption.DESCRIPTION)
    String lineModel;

    @Option(names = "--line-model-file", paramLabel = "FILE", description = LineModelOption.FILE_DESCRIPTION)
    Path lineModelFile;

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
        LineModel ownModel = LineModelOption.readFile(spec, lineModelFile, useLineModel);
        ArticlePipeline pipeline = ownModel != null ? PipelineFactory.withLineModel(profiles, DumpLoader.DEFAULT_MAX_BYTES, ownModel)
                : useLineModel == null ? PipelineFactory.create(profiles, DumpLoader.DEFAULT_MAX_BYTES)
                : PipelineFactory.create(profiles, DumpLoader.DEFAULT_MAX_BYTES, useLineModel);
        boolean archive = pipeline.readsRecordByRecord(source);
        if (archive != (record != null)) {
            throw new ParameterException(spec.commandLine(), archive
                    ? file + " is a web archive: name one of its records with --record OFFSET (the number after # in source_file)"
                    : "--record is for web archives (.warc, .warc.gz, .wet, .wet.gz); " + file + " is not one");
        }
        String label = archive ? source.relativePath() + "#" + record : source.relativePath();
        ArticlePipeline.Loaded loaded;
        try {
            loaded = archive ? new ArticlePipeline.Loaded(recordAt(pipeline, source, record)) : pipeline.load(source);
        } catch (RejectedDumpException e) {
            spec.commandLine().getOut().println(label + ": rejected (" + e.reason().code() + "): " + e.getMessage());
            return Newsprep.EXIT_OK;
        }
        PublisherMemory memory = memory();
        Analysis analysis = pipeline.analyse(loaded, memory);
        Dump dump = loaded.dump();
        List<LineVerdict> verdicts = analysis.cleaned().verdicts();
        Map<String, String> header = new LinkedHashMap<>();
        header.put("encoding", dump.encoding());
        header.put("format", dump.format().name().toLowerCase());
        header.put("title", analysis.cleaned().title());
        if (analysis.cleaned().published() != null) {
            header.put("published", analysis.cleaned().published() + " (" + analysis.cleaned().publishedMethod()
                    + ", from \"" + analysis.cleaned().publishedRaw() + "\": " + analysis.cleaned().publishedWhy() + ")");
        }
        header.put("source", describeSource(analysis));
        if (memoryOf != null && memory.sources() > 0 && describeSource(analysis).equals("unknown")) {
            String group = memory.groupOf(loaded.dump().lines());
            header.put("site mates", group == null ? "none (the memory knows no site whose recurring lines this page shares)"
                    : group + " (the memory's group of pages of no known publisher whose recurring lines this page shares)");
        }
        header.put("language", analysis.language().code() + String.format(" (%.2f)", analysis.language().confidence()));
        if (archive) {
            header.put("url", dump.metadata().url());
            header.put("crawled_at", dump.metadata().crawledAt());
            header.put("record", dump.metadata().recordId());
        }
        spec.commandLine().getOut().print(
                ExplainFormatter.format(label, dump.lines(), verdicts, header, droppedOnly));
        spec.commandLine().getOut().flush();
        return Newsprep.EXIT_OK;
    }

    /** The archive's record at the offset, read as ingest reads it; a usage error when no record starts there. */
    private Dump recordAt(ArticlePipeline pipeline, SourceFile archive, long offset) throws RejectedDumpException {
        try (ArchiveRecords records = pipeline.records(archive)) {
            for (ArchiveRecord r = records.next(); r != null; r = records.next()) {
                if (r.address().offset() == offset) {
                    return r.toDump();
                }
                if (r.address().offset() > offset) {
                    break;
                }
            }
        }
        throw new ParameterException(spec.commandLine(), "no page record starts at offset " + offset + " of " + file
                + " (see source_file in articles.jsonl or rejects.jsonl)");
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
