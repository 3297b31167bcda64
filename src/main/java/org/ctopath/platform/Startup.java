package org.ctopath.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.ctopath.identity.AccountBootstrap;

/**
 * What must happen, in this order, before the first request: the schema, then the accounts that
 * let someone sign in.
 */
@ApplicationScoped
public class Startup {

    @Inject
    DatabaseMigration migration;

    @Inject
    AccountBootstrap accounts;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        migration.migrate();
        accounts.ensureAccounts();
    }
}
