package org.ctopath.certification;

import java.time.Instant;

/** Fired (CDI event) in the transaction of {@link CertificationRecords#recordAttempt}, when it was recorded. */
public record AttemptRecorded(CertificationAttempt attempt, Instant at) {
}
