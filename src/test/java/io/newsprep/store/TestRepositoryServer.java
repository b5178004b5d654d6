package io.newsprep.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The database server the tests' job repositories live on when one is chosen: {@code NEWSPREP_TEST_REPOSITORY}
 * (environment, or system property {@code newsprep.test.repository}) names a PostgreSQL server's database to
 * connect to for administration, e.g. {@code jdbc:postgresql://localhost:5544/postgres}, with
 * {@code NEWSPREP_TEST_REPOSITORY_USER} and {@code NEWSPREP_TEST_REPOSITORY_PASSWORD}. Each repository the tests
 * ask for is then a new database on it. Unset, the tests use HSQLDB file databases as the product does by default.
 */
public final class TestRepositoryServer {

    public static final String URL = "NEWSPREP_TEST_REPOSITORY";
    public static final String USER = "NEWSPREP_TEST_REPOSITORY_USER";
    public static final String PASSWORD = "NEWSPREP_TEST_REPOSITORY_PASSWORD";

    private TestRepositoryServer() {
    }

    /** Whether the tests' repositories are on a server. */
    public static boolean chosen() {
        return adminUrl() != null;
    }

    public static String user() {
        return setting(USER);
    }

    public static String password() {
        return setting(PASSWORD);
    }

    /** The environment a newsprep process needs to open the server's repositories. */
    public static Map<String, String> credentials() {
        return Map.of("NEWSPREP_REPOSITORY_USER", nonNull(user()), "NEWSPREP_REPOSITORY_PASSWORD", nonNull(password()));
    }

    /** A new, empty database on the server, named after what it is for; its JDBC URL. */
    public static String newDatabase(String purpose) {
        String admin = adminUrl();
        String name = ("newsprep_" + purpose.replaceAll("[^A-Za-z0-9]", "_") + "_"
                + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
        name = name.length() > 60 ? name.substring(name.length() - 60) : name;
        try (Connection c = DriverManager.getConnection(admin, user(), password()); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + admin + ": " + e.getMessage(), e);
        }
        int query = admin.indexOf('?');
        String base = query < 0 ? admin : admin.substring(0, query);
        return base.substring(0, base.lastIndexOf('/') + 1) + name + (query < 0 ? "" : admin.substring(query));
    }

    private static String adminUrl() {
        String url = setting(URL);
        return url == null || url.isBlank() ? null : url;
    }

    private static String setting(String variable) {
        String property = System.getProperty(variable.toLowerCase(Locale.ROOT).replace('_', '.'));
        return property != null ? property : System.getenv(variable);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
