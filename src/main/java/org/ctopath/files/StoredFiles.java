package org.ctopath.files;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.ctopath.identity.Account;
import org.ctopath.identity.AccountService;
import org.ctopath.identity.Role;
import org.ctopath.mentoring.MentorRelations;
import org.ctopath.platform.InvalidInput;
import org.ctopath.identity.Caller;
import org.ctopath.platform.Restricted;

/** Uploaded files: kept after {@link FileRules} accepts them, given back only to who may see them. */
@ApplicationScoped
@Transactional(rollbackOn = InvalidInput.class)
@Restricted
public class StoredFiles {

    @Inject
    Caller caller;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    MentorRelations relations;

    Clock clock = Clock.systemUTC();

    /**
     * Keeps a file of the owner's; joins the caller's transaction, so a refused form keeps no file.
     *
     * @throws InvalidInput on {@code field} when the file is refused
     */
    public StoredFile store(Account owner, Upload upload, String field) {
        caller.requireSelf(owner.getUsername());
        FileRules.Result result = FileRules.check(upload);
        if (!result.isAccepted()) {
            throw InvalidInput.of(field, result.refusal());
        }
        StoredFile file = new StoredFile(owner, result.accepted(), upload.content(), clock.instant());
        em.persist(file);
        return file;
    }

    /** A file with its bytes, for serving. */
    public record Download(String name, String contentType, byte[] content) {
    }

    /**
     * The file, when the person may see it: its owner, the owner's current mentor, or an
     * administrator. Anyone else is answered as if there were no such file.
     */
    public Optional<Download> download(String username, long id) {
        caller.requireSelf(username);
        StoredFile file = em.find(StoredFile.class, id);
        if (file == null || !maySee(username, file.getOwner())) {
            return Optional.empty();
        }
        return Optional.of(new Download(file.getFileName(), file.getContentType(), file.getContent()));
    }

    private boolean maySee(String username, Account owner) {
        if (owner.getUsername().equals(username)) {
            return true;
        }
        Optional<Account> viewer = accounts.findByUsername(username);
        return viewer.isPresent() && (viewer.get().getRoles().contains(Role.ADMIN) || relations.isMentorOf(username, owner.getId()));
    }
}
