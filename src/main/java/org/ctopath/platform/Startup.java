package org.ctopath.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.ctopath.identity.AccountBootstrap;
import org.ctopath.mentoring.DemoMentoring;
import org.ctopath.notification.NotificationJobs;
import org.ctopath.xapi.XapiJobs;

/**
 * What must happen, in this order, before the first request: the schema, then the accounts that
 * let someone sign in, then the demo mentors' mentees; then the background jobs (mail, reminders)
 * start, on a schema that is there.
 */
@ApplicationScoped
public class Startup {

    @Inject
    DatabaseMigration migration;

    @Inject
    AccountBootstrap accounts;

    @Inject
    DemoMentoring mentoring;

    @Inject
    NotificationJobs notificationJobs;

    @Inject
    XapiJobs xapiJobs;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        migration.migrate();
        RunAs.system(() -> { // no one is signed in yet: the accounts and demo relations are made as the system
            accounts.ensureAccounts();
            mentoring.ensureRelations();
        });
        notificationJobs.start();
        xapiJobs.start();
    }
}
