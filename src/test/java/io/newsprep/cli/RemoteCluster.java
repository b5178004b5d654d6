package io.newsprep.cli;

import io.newsprep.store.TestRepositoryServer;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.hsqldb.server.Server;

/**
 * A manager and its workers on this machine, as separate JVMs of the packaged jar, over a real Artemis broker
 * (the one the manager embeds, on a free TCP port) and a shared job repository: the database given by the system
 * property {@value #REPOSITORY_PROPERTY} (a JDBC URL, e.g. PostgreSQL's), else a new database on the tests' PostgreSQL
 * server when they run on one ({@link TestRepositoryServer}), else an HSQLDB server started here.
 */
final class RemoteCluster implements AutoCloseable {

    static final String REPOSITORY_PROPERTY = "newsprep.it.repository";
    private final Path work;
    private final Server server;
    private final String repository;
    private final int brokerPort;
    private final List<Process> workers = new ArrayList<>();
    /** A broker of its own, in this JVM, instead of the manager's; null when the manager embeds one. */
    private EmbeddedActiveMQ broker;

    RemoteCluster(Path work) throws IOException {
        this.work = work;
        String given = System.getProperty(REPOSITORY_PROPERTY, "");
        if (given.isBlank() && TestRepositoryServer.chosen()) {
            given = TestRepositoryServer.newDatabase("remote");
        }
        if (given.isBlank()) {
            int port = freePort();
            server = new Server();
            server.setDatabaseName(0, "newsprep");
            server.setDatabasePath(0, "file:" + work.resolve("repository/newsprep") + ";hsqldb.tx=mvcc");
            server.setPort(port);
            server.setSilent(true);
            server.setLogWriter(null);
            server.start();
            repository = "jdbc:hsqldb:hsql://localhost:" + port + "/newsprep";
        } else {
            server = null;
            repository = given;
        }
        brokerPort = freePort();
    }

    /** Makes the manager use a broker started here, which a test can restart; persistent, as a real one is. */
    void startOwnBroker() throws Exception {
        broker = new EmbeddedActiveMQ();
        broker.setConfiguration(new ConfigurationImpl()
                .setPersistenceEnabled(true)
                .setSecurityEnabled(false)
                .setJournalDirectory(work.resolve("broker/journal").toString())
                .setBindingsDirectory(work.resolve("broker/bindings").toString())
                .setLargeMessagesDirectory(work.resolve("broker/large").toString())
                .setPagingDirectory(work.resolve("broker/paging").toString())
                .addAcceptorConfiguration("tcp", "tcp://127.0.0.1:" + brokerPort));
        broker.start();
    }

    void restartOwnBroker(Duration down) throws Exception {
        broker.stop();
        Thread.sleep(down.toMillis());
        startOwnBroker();
    }

    String repository() {
        return repository;
    }

    /** Starts a worker; it waits for the manager's broker if that is not up yet. */
    Process startWorker(String name) throws IOException {
        Process worker = JarRunner.start(work, List.of("-Xmx384m"), "worker", "--broker", "tcp://localhost:" + brokerPort,
                "--repository", repository, "--threads", "1", "--log-dir", workerHome(name).toString());
        workers.add(worker);
        return worker;
    }

    Path workerHome(String name) {
        return work.resolve("worker-" + name);
    }

    /** The worker's log, once it has one. */
    String workerLog(String name) throws IOException {
        Path log = workerHome(name).resolve(".newsprep/newsprep.log");
        return Files.isRegularFile(log) ? Files.readString(log) : "";
    }

    String[] ingest(Path input, Path output, int partitionSize, String... options) {
        return Stream.concat(Stream.of(ingest(input, output, partitionSize)), Stream.of(options)).toArray(String[]::new);
    }

    String[] ingest(Path input, Path output, int partitionSize) {
        return new String[] {"ingest", "--input", input.toString(), "--output", output.toString(), "--workers", "remote",
                "--repository", repository, broker == null ? "--broker-port" : "--broker",
                broker == null ? String.valueOf(brokerPort) : "tcp://127.0.0.1:" + brokerPort,
                "--partition-size", String.valueOf(partitionSize)};
    }

    JarRunner.Result runManager(Path input, Path output, int partitionSize, String... options) throws Exception {
        return JarRunner.run(work, Duration.ofMinutes(15), List.of("-Xmx512m"), ingest(input, output, partitionSize, options));
    }

    Process startManager(Path input, Path output, int partitionSize) throws IOException {
        return JarRunner.start(work, List.of("-Xmx512m"), ingest(input, output, partitionSize));
    }

    /** The folders of the partitions a run's workers have written so far. */
    static List<Path> partitionFolders(Path output) throws IOException {
        Path parts = output.resolve(".newsprep/parts");
        if (!Files.isDirectory(parts)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(parts, 2)) {
            return all.filter(p -> p.getFileName().toString().startsWith("partition")).toList();
        }
    }

    @Override
    public void close() throws Exception {
        for (Process worker : workers) {
            worker.destroy();
        }
        for (Process worker : workers) {
            if (!worker.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                worker.destroyForcibly();
            }
        }
        if (broker != null) {
            broker.stop();
        }
        if (server != null) {
            server.shutdown();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
