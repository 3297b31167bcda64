package org.ctopath.badges;

import java.io.Serializable;

/**
 * What checking an uploaded credential found, with a sentence for people. For a valid (or expired)
 * credential, also whom and what it is about; otherwise those are null. A class with getters, so
 * that pages can show it.
 */
public final class Verification implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The verdicts, as the API names them. */
    public enum Result {
        /** Issued by this instance, the signature matches, and it has not expired. */
        VALID,
        /** Issued by this instance and signed well, but past its expiry. */
        EXPIRED,
        /** Issued by this instance and signed well, but revoked since. */
        REVOKED,
        /** Claims to be signed by this instance's key, but the signature does not match what it says. */
        TAMPERED,
        /** Signed by a key this instance does not hold (another issuer, another instance). */
        NOT_OURS,
        /** Not a signed JWT carrying an Open Badges credential at all. */
        MALFORMED
    }

    private final Result result;
    private final String message;
    private final String credentialId;
    private final String recipient;
    private final String achievement;
    private final String achievementType;
    private final String issuedOn;
    private final String revokedOn;
    private final String revocationReason;

    private Verification(Result result, String message, String credentialId, String recipient, String achievement, String achievementType,
                         String issuedOn) {
        this(result, message, credentialId, recipient, achievement, achievementType, issuedOn, null, null);
    }

    private Verification(Result result, String message, String credentialId, String recipient, String achievement, String achievementType,
                         String issuedOn, String revokedOn, String revocationReason) {
        this.revokedOn = revokedOn;
        this.revocationReason = revocationReason;
        this.result = result;
        this.message = message;
        this.credentialId = credentialId;
        this.recipient = recipient;
        this.achievement = achievement;
        this.achievementType = achievementType;
        this.issuedOn = issuedOn;
    }

    static Verification refused(Result result, String message) {
        return new Verification(result, message, null, null, null, null, null);
    }

    static Verification of(Result result, String message, String credentialId, String recipient, String achievement, String achievementType,
                           String issuedOn) {
        return new Verification(result, message, credentialId, recipient, achievement, achievementType, issuedOn);
    }

    /**
     * This verdict of a credential of ours, changed to revoked: on which day, and why when the one
     * who asks may know it ({@code reason} null otherwise).
     */
    Verification revoked(String on, String reason) {
        String message = "This credential was issued by this CTO Path and is unchanged, but it was revoked on " + on
                + (reason == null ? "." : ": " + reason);
        return new Verification(Result.REVOKED, message, credentialId, recipient, achievement, achievementType, issuedOn, on, reason);
    }

    public Result getResult() {
        return result;
    }

    public boolean isValid() {
        return result == Result.VALID;
    }

    public String getMessage() {
        return message;
    }

    public String getCredentialId() {
        return credentialId;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getAchievement() {
        return achievement;
    }

    public String getAchievementType() {
        return achievementType;
    }

    public String getIssuedOn() {
        return issuedOn;
    }

    /** The day a revoked credential was revoked; null otherwise. */
    public String getRevokedOn() {
        return revokedOn;
    }

    /** Why it was revoked, for those who may know; null otherwise. */
    public String getRevocationReason() {
        return revocationReason;
    }
}
