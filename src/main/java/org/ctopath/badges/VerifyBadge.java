package org.ctopath.badges;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.charset.StandardCharsets;
import org.ctopath.files.Upload;
import org.ctopath.files.Uploads;
import org.ctopath.platform.Messages;
import org.primefaces.model.file.UploadedFile;

/**
 * {@code /badges/verify}: anyone signed in uploads a badge file (or pastes its text) and learns
 * whether this instance issued it and it is unchanged. Request-scoped: nothing stays in the session.
 */
@Named
@RequestScoped
public class VerifyBadge {

    /** Far above any credential of ours (a few KB); a larger file is not one. */
    static final int MAX_BYTES = 64 * 1024;

    @Inject
    Badges badges;

    private UploadedFile file;
    private String text;
    private Verification verification;

    public String verify() {
        Upload upload = Uploads.of(file);
        String credential;
        if (upload != null) {
            if (upload.size() > MAX_BYTES) {
                Messages.error("This file is far larger than a badge (at most " + MAX_BYTES / 1024 + " KB): it is not a credential.");
                return null;
            }
            credential = new String(upload.content(), StandardCharsets.UTF_8);
        } else if (text != null && !text.isBlank()) {
            credential = text.length() > MAX_BYTES ? "" : text;
        } else {
            Messages.error("Choose a badge file (.jwt) or paste its text.");
            return null;
        }
        try {
            verification = badges.verify(credential);
        } catch (BadgesUnavailable unavailable) {
            Messages.error(unavailable.getMessage());
        }
        return null;
    }

    public Verification getVerification() {
        return verification;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
