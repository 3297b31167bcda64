package org.ctopath.files;

import org.primefaces.model.file.UploadedFile;

/** What a PrimeFaces file field sent, as an {@link Upload}; null when no file was chosen. */
public final class Uploads {

    private Uploads() {
    }

    public static Upload of(UploadedFile file) {
        if (file == null || (file.getSize() == 0 && (file.getFileName() == null || file.getFileName().isBlank()))) {
            return null;
        }
        return new Upload(file.getFileName(), file.getContent());
    }
}
