package org.ctopath.catalogue;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/** The catalogue as CSV, {@code /admin/catalogue/exchange}: download it, or upload a file to import. */
@Named
@ViewScoped
public class ExchangeCatalogue implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CatalogueExchange exchange;

    private String fileName;
    private CatalogueExchange.Outcome outcome;

    /** Every resource on offer, as a file named after today. */
    public StreamedContent getExport() {
        return DefaultStreamedContent.builder()
                .name("ctopath-catalogue-" + LocalDate.now(ZoneOffset.UTC) + ".csv")
                .contentType("text/csv; charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(exchange.export()))
                .build();
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        fileName = file.getFileName();
        if (file.getSize() > CatalogueCsv.MAX_BYTES) {
            // PrimeFaces refuses it in the browser already; this is for anyone who gets past that
            outcome = new CatalogueExchange.Outcome(List.of(new CatalogueCsv.Problem(0, null,
                    "The file is larger than 2 MB (" + file.getSize() + " bytes); split it into smaller files.")), List.of(), List.of(), 0);
            return;
        }
        outcome = exchange.importCsv(fileName, file.getContent());
    }

    /** The header row of a file, as it is written. */
    public String getColumnList() {
        return String.join(",", CatalogueCsv.COLUMNS);
    }

    public String getFileName() {
        return fileName;
    }

    public CatalogueExchange.Outcome getOutcome() {
        return outcome;
    }
}
