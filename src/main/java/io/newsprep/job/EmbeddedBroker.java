package io.newsprep.job;

import java.nio.file.Path;

import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;

/**
 * An ActiveMQ Artemis broker inside the manager's process, for a quick start without a broker of one's own. It
 * keeps its messages in a journal under the output folder, so partitions sent before a crash are still there
 * when the run resumes.
 */
final class EmbeddedBroker implements AutoCloseable {

    private final EmbeddedActiveMQ server = new EmbeddedActiveMQ();

    EmbeddedBroker(Path dataDir, int port) throws Exception {
        Configuration config = new ConfigurationImpl()
                .setPersistenceEnabled(true)
                .setSecurityEnabled(false)
                .setJournalDirectory(dataDir.resolve("journal").toString())
                .setBindingsDirectory(dataDir.resolve("bindings").toString())
                .setLargeMessagesDirectory(dataDir.resolve("large").toString())
                .setPagingDirectory(dataDir.resolve("paging").toString())
                .addAcceptorConfiguration("tcp", "tcp://0.0.0.0:" + port);
        server.setConfiguration(config);
        server.start();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
