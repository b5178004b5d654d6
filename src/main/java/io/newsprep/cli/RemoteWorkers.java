package io.newsprep.cli;

import java.nio.file.Path;
import java.util.Map;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The settings that make a process the manager or a worker of a run cleaned by remote workers. */
final class RemoteWorkers {

    static final String ROLE = "newsprep.remote.role";

    private RemoteWorkers() {
    }

    /** Adds the manager's settings to the tuning when {@code --workers remote}; checks the options either way. */
    static void configureManager(CommandSpec spec, String workers, String broker, int brokerPort, int partitionSize,
                                 String repository, Path output, Map<String, Object> tuning) {
        if ("local".equals(workers)) {
            if (broker != null) {
                throw new ParameterException(spec.commandLine(), "--broker needs --workers remote");
            }
            return;
        }
        if (!"remote".equals(workers)) {
            throw new ParameterException(spec.commandLine(), "--workers is local or remote, not " + workers);
        }
        if (repository == null || !repository.startsWith("jdbc:") || repository.startsWith("jdbc:hsqldb:file:")
                || repository.startsWith("jdbc:hsqldb:mem:")) {
            throw new ParameterException(spec.commandLine(), "--workers remote needs a --repository the workers"
                    + " can reach too: a database server's JDBC URL (jdbc:hsqldb:hsql://... or jdbc:postgresql://...)");
        }
        if (partitionSize < 1) {
            throw new ParameterException(spec.commandLine(), "--partition-size must be at least 1");
        }
        if (brokerPort < 1 || brokerPort > 65535) {
            throw new ParameterException(spec.commandLine(), "--broker-port must be a port number");
        }
        requireBrokerUrl(spec, broker);
        tuning.put(ROLE, "manager");
        tuning.put("newsprep.remote.broker", broker == null ? "" : broker);
        tuning.put("newsprep.remote.broker-port", brokerPort);
        tuning.put("newsprep.remote.broker-dir", output.toAbsolutePath().normalize().resolve(".newsprep/broker"));
        tuning.put("newsprep.remote.partition-size", partitionSize);
        buildContextFromClasses();
    }

    static void requireBrokerUrl(CommandSpec spec, String broker) {
        if (broker != null && !broker.startsWith("tcp://")) {
            throw new ParameterException(spec.commandLine(), "--broker is a tcp://HOST:PORT address, not " + broker);
        }
    }

    /**
     * The context recorded at build time is the single-process one; the remote roles' beans are chosen by these
     * settings when the context starts.
     */
    static void buildContextFromClasses() {
        System.setProperty("spring.aot.enabled", "false");
    }
}
