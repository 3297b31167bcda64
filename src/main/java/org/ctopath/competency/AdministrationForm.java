package org.ctopath.competency;

import java.io.Serializable;
import org.ctopath.platform.Messages;

/**
 * What every framework administration form shares: the code of the thing it edits, whether that
 * thing exists yet, whether it is archived, the version the form was opened on, and archiving and
 * restoring it. Subclasses say what the thing is and how the service archives it.
 */
public abstract class AdministrationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    protected String code;
    protected boolean existing;
    protected boolean archived;
    protected Long version;

    /** The id of the page's form, where messages go. */
    protected abstract String formId();

    /** What the thing is called on the page, such as "Skill". */
    protected abstract String noun();

    /** The page that lists such things, where archiving and restoring return. */
    protected abstract String listPage();

    protected abstract void archiveInService(boolean archive);

    public String archive() {
        return setArchived(true);
    }

    public String restore() {
        return setArchived(false);
    }

    private String setArchived(boolean archive) {
        return Messages.attempt(formId(), () -> {
            archiveInService(archive);
            Messages.flashInfo(noun() + " " + code + (archive ? " archived: it is no longer offered, and its history is kept." : " restored."));
            return listPage() + "?faces-redirect=true";
        });
    }

    /** The version to send with a save: the one opened, or none for something new. */
    protected Long openedVersion() {
        return existing ? version : null;
    }

    public boolean isExisting() {
        return existing;
    }

    public boolean isArchived() {
        return archived;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
