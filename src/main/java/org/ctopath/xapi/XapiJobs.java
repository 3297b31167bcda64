package org.ctopath.xapi;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ctopath.identity.Caller;

/**
 * Forwards due statements to the LRS every few seconds, on the server's managed scheduled
 * executor. Every instance runs it; the outbox's claims keep each statement to one of them.
 */
@ApplicationScoped
public class XapiJobs {

    private static final Logger LOG = Logger.getLogger(XapiJobs.class.getName());

    static final long EVERY_SECONDS = 10;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    LrsForwarder forwarder;

    private ScheduledFuture<?> job;

    public synchronized void start() {
        if (job == null) {
            job = scheduler.scheduleWithFixedDelay(this::forward, EVERY_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (job != null) {
            job.cancel(false);
            job = null;
        }
    }

    // A job that throws is never run again by the executor: it catches what it did not expect.
    private void forward() {
        try {
            Caller.asSystem(() -> { forwarder.sendDue(); });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Forwarding xAPI statements failed; it runs again in " + EVERY_SECONDS + " s: " + e.getMessage(), e);
        }
    }
}
