package org.ctopath.platform;

import jakarta.annotation.sql.DataSourceDefinition;

/**
 * The application's one data source. The same WAR runs on the embedded H2 database (the default: a
 * file under {@code ./data/}, no setup) or on PostgreSQL when {@code DB_URL}, {@code DB_USER} and
 * {@code DB_PASSWORD} are set; Payara resolves the {@code ${ENV=NAME:default}} references at deploy time.
 */
@DataSourceDefinition(
        name = Database.JNDI_NAME,
        className = "org.ctopath.platform.UrlDataSource",
        url = "${ENV=DB_URL:" + Database.DEFAULT_URL + "}",
        user = "${ENV=DB_USER:" + Database.DEFAULT_USER + "}",
        password = "${ENV=DB_PASSWORD:" + Database.DEFAULT_PASSWORD + "}",
        minPoolSize = 2,
        maxPoolSize = 32,
        // A database that cannot be reached is answered within seconds (503 with Retry-After), and no
        // request thread waits long for it: 3 s to open a connection (with the PostgreSQL driver's
        // connectTimeout, UrlDataSource), 3 s to wait for a free one; a pooled connection is checked
        // before use, and one broken connection drops them all, so none dead is handed out after an outage.
        loginTimeout = Database.CONNECT_TIMEOUT_SECONDS,
        properties = {
                "fish.payara.max-wait-time-in-millis=3000",
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                "fish.payara.fail-all-connections=true"
        })
public final class Database {

    public static final String JNDI_NAME = "java:app/jdbc/ctopath";
    /** How long opening a connection may take, in seconds (login and, on PostgreSQL, the TCP connect). */
    public static final int CONNECT_TIMEOUT_SECONDS = 3;
    public static final String DEFAULT_URL = "jdbc:h2:./data/ctopath";
    public static final String DEFAULT_USER = "sa";
    public static final String DEFAULT_PASSWORD = "sa";

    private Database() {
    }

    /** True for the embedded database, which is also what switches demo mode on by default. */
    public static boolean isEmbedded(String jdbcUrl) {
        return jdbcUrl == null || jdbcUrl.isBlank() || jdbcUrl.startsWith("jdbc:h2:");
    }
}
