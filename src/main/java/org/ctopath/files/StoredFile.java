package org.ctopath.files;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import org.ctopath.identity.Account;
import org.ctopath.platform.UtcTime;

/**
 * A file a learner uploaded as evidence or as a certificate. Kept in the database, so every
 * instance serves it and a backup holds it; served only to its owner, their current mentor and
 * administrators ({@link FileServlet}).
 */
@Entity
@Table(name = "stored_file")
public class StoredFile {

    @Id
    @SequenceGenerator(name = "file_seq", sequenceName = "file_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "file_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    private Account owner;

    @Column(name = "file_name", nullable = false, length = FileRules.NAME_MAXLENGTH)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "uploaded_at", nullable = false)
    private LocalDateTime uploadedAt;

    protected StoredFile() {
        // for JPA
    }

    StoredFile(Account owner, FileRules.Accepted accepted, byte[] content, Instant at) {
        this.owner = owner;
        this.fileName = accepted.name();
        this.contentType = accepted.contentType();
        this.sizeBytes = content.length;
        this.content = content.clone();
        this.uploadedAt = UtcTime.toColumn(at);
    }

    public Long getId() {
        return id;
    }

    public Account getOwner() {
        return owner;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    /** The size as people read it: "812 KB", "1.2 MB". */
    public String getSize() {
        return FileRules.readableSize(sizeBytes);
    }

    byte[] getContent() {
        return content.clone();
    }

    public Instant getUploadedAt() {
        return UtcTime.fromColumn(uploadedAt);
    }
}
