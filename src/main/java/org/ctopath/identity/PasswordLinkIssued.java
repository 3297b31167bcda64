package org.ctopath.identity;

import java.time.Instant;

/**
 * A link to set a password was made and must reach the person by mail: fired in the transaction
 * that made it, so that the mail is queued only if the link is kept (notification observes it).
 * It carries the link itself, which is stored nowhere else: only its hash is kept.
 */
public record PasswordLinkIssued(String email, String displayName, String username, PasswordLink.Purpose purpose, String url,
                                 Instant expiresAt) {
}
