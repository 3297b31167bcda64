package org.ctopath.people;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import org.ctopath.identity.ActiveUser;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/** {@code /admin/people/import}: people from an HR export as CSV, all or nothing; and a template to start from. */
@Named
@ViewScoped
public class ImportPeople implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PeopleImport imports;

    @Inject
    ActiveUser user;

    private String fileName;
    private PeopleImport.Outcome outcome;

    public StreamedContent getTemplate() {
        return DefaultStreamedContent.builder()
                .name("ctopath-people-template.csv")
                .contentType("text/csv; charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(PeopleCsv.template()))
                .build();
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        fileName = file.getFileName();
        if (file.getSize() > PeopleCsv.MAX_BYTES) {
            // PrimeFaces refuses it in the browser already; this is for anyone who gets past that
            outcome = new PeopleImport.Outcome(List.of(new PeopleCsv.Problem(0, null, "The file is larger than "
                    + PeopleCsv.MAX_BYTES / (1024 * 1024) + " MB; split it into smaller files.")), 0, 0, 0, 0);
            return;
        }
        outcome = imports.importCsv(fileName, file.getContent(), user.getUsername());
    }

    public String getColumnList() {
        return String.join(",", PeopleCsv.COLUMNS);
    }

    public String getFileName() {
        return fileName;
    }

    public PeopleImport.Outcome getOutcome() {
        return outcome;
    }
}
