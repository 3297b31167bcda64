package org.ctopath.platform;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink gives up at once when the database connection fails. By default it retries a read
 * outside a transaction three times, five seconds apart, which held a request thread for 10 to 16
 * seconds during an outage before the answer; the pool and the driver already bound how long a
 * connection may take ({@link Database}), and the person or API client is told to try again (503,
 * {@code Retry-After}). Registered in persistence.xml ({@code eclipselink.session.customizer}).
 */
public class DatabaseSessionCustomizer implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        session.getLogin().setQueryRetryAttemptCount(0);
        session.getLogin().setDelayBetweenConnectionAttempts(0);
    }
}
