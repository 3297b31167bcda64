package org.ctopath.platform;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source chosen by its JDBC URL alone, so that {@code DB_URL} is all it takes to move from the
 * embedded H2 database to PostgreSQL: no driver class to name, and no server-name defaults that
 * silently override the URL (a known trap of {@code PGSimpleDataSource} under {@code @DataSourceDefinition}).
 * Payara's pool wraps it; it only opens connections.
 */
public class UrlDataSource implements DataSource {

    private String url;
    private String user;
    private String password;
    /** Seconds; 0 for the driver's default. Kept, not passed on at once: the pool may set it before the URL. */
    private int loginTimeout;
    private transient DataSource target;

    public void setUrl(String url) {
        this.url = url;
        this.target = null;
    }

    public void setURL(String url) {
        setUrl(url);
    }

    public String getUrl() {
        return url;
    }

    public void setUser(String user) {
        this.user = user;
        this.target = null;
    }

    public void setPassword(String password) {
        this.password = password;
        this.target = null;
    }

    private synchronized DataSource target() throws SQLException {
        if (target == null) {
            target = create(url, user, password);
            if (loginTimeout > 0) {
                target.setLoginTimeout(loginTimeout);
            }
        }
        return target;
    }

    static DataSource create(String url, String user, String password) throws SQLException {
        if (url == null || url.isBlank()) {
            throw new SQLException("No database URL: set DB_URL (jdbc:postgresql://host:5432/db) or leave it unset for the embedded H2 database.");
        }
        if (url.startsWith("jdbc:postgresql:")) {
            org.postgresql.ds.PGSimpleDataSource pg = new org.postgresql.ds.PGSimpleDataSource();
            pg.setURL(url);
            if (!url.contains("connectTimeout=")) {
                // The driver's default is 10 s; a database that cannot be reached is answered 503 sooner.
                pg.setConnectTimeout(Database.CONNECT_TIMEOUT_SECONDS);
            }
            if (!url.contains("loginTimeout=")) {
                pg.setLoginTimeout(Database.CONNECT_TIMEOUT_SECONDS);
            }
            if (user != null && !user.isEmpty()) {
                pg.setUser(user);
            }
            if (password != null && !password.isEmpty()) {
                pg.setPassword(password);
            }
            return pg;
        }
        if (url.startsWith("jdbc:h2:")) {
            org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
            h2.setURL(url);
            h2.setUser(user == null ? "" : user);
            h2.setPassword(password == null ? "" : password);
            return h2;
        }
        throw new SQLException("Unsupported database URL '" + url + "': CTO Path runs on PostgreSQL (jdbc:postgresql:) or H2 (jdbc:h2:).");
    }

    @Override
    public Connection getConnection() throws SQLException {
        return target().getConnection();
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        return target().getConnection(username, pass);
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // connections log through the driver's own logging
    }

    /**
     * Kept for the connections to come. Payara sets the bean properties in no fixed order: passing it
     * on at once failed when it came before the URL, which left the pool without connections for the
     * whole run (seen once at start-up).
     */
    @Override
    public synchronized void setLoginTimeout(int seconds) throws SQLException {
        this.loginTimeout = seconds;
        if (target != null) {
            target.setLoginTimeout(seconds);
        }
    }

    @Override
    public synchronized int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        return target().unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || target().isWrapperFor(iface);
    }
}
