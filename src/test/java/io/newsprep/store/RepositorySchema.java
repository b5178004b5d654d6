package io.newsprep.store;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/** Brings a test's database to the repository schema with the product's own migrations, as the application does. */
public final class RepositorySchema {

    private RepositorySchema() {
    }

    public static void migrate(DataSource db) {
        Flyway.configure()
                .dataSource(db)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor(db))
                .baselineOnMigrate(true)
                .baselineVersion("1")
                .load()
                .migrate();
    }

    private static String vendor(DataSource db) {
        try (Connection c = db.getConnection()) {
            return c.getMetaData().getURL().startsWith("jdbc:postgresql:") ? "postgresql" : "hsqldb";
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
