package io.newsprep.cli;

import io.newsprep.store.PublisherLineStore;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "memory", mixinStandardHelpOptions = true,
        description = "Show or forget the lines each publisher repeats across its pages, as learned by past runs.")
final class MemoryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RepositoryOptions where;

    @Option(names = "--source", paramLabel = "SOURCE", description = "one publisher (domain or name, as listed): show its lines")
    String source;

    @Option(names = "--min-docs", paramLabel = "N", defaultValue = "3",
            description = "show lines found in at least N documents (default: ${DEFAULT-VALUE})")
    int minDocs;

    @Option(names = "--reset", description = "forget what was learned (about --source only, when given)")
    boolean reset;

    @Override
    public Integer call() {
        where.requireExisting(spec);
        String key = source == null ? null : source.strip().toLowerCase(Locale.ROOT);
        try (ConfigurableApplicationContext context = SpringRuntime.start(where.repository, where.repositoryProperties,
                where.output.toAbsolutePath(), Map.of())) {
            PublisherLineStore store = context.getBean(PublisherLineStore.class);
            PrintWriter out = spec.commandLine().getOut();
            if (reset) {
                out.printf("forgot %d publisher(s)%n", store.forget(key));
            } else if (key != null) {
                out.printf("%6s  %s%n", "DOCS", "LINE");
                for (PublisherLineStore.Line line : store.lines(key, minDocs)) {
                    out.printf("%6d  %s%n", line.documents(), line.shape());
                }
            } else {
                out.printf("%6s %6s  %s%n", "DOCS", "LINES", "SOURCE");
                for (PublisherLineStore.Publisher p : store.publishers(minDocs)) {
                    out.printf("%6d %6d  %s%n", p.documents(), p.recurringLines(), p.source());
                }
            }
            out.flush();
            return Newsprep.EXIT_OK;
        }
    }
}
