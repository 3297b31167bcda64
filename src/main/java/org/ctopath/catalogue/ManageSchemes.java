package org.ctopath.catalogue;

import org.ctopath.platform.Messages;
import org.ctopath.platform.InvalidInput;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The certification schemes, {@code /admin/catalogue/schemes}: listed, created and edited on the same page. */
@Named
@ViewScoped
public class ManageSchemes implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "schemes";

    @Inject
    CatalogueAdministration administration;

    private List<SchemeData> schemes;
    /** The scheme in the form; none while the form is closed. */
    private SchemeData editing;

    @PostConstruct
    void load() {
        schemes = administration.schemes().stream().map(SchemeData::of).toList();
    }

    public void create() {
        editing = new SchemeData();
    }

    public void edit(String code) {
        editing = administration.schemes().stream().filter(s -> s.getCode().equals(code)).findFirst()
                .map(SchemeData::of).orElse(null);
    }

    public void cancel() {
        editing = null;
    }

    public void save() {
        try {
            administration.saveScheme(editing);
        } catch (InvalidInput refused) {
            Messages.show(refused, FORM);
            return;
        }
        Messages.info("Saved scheme " + editing.getCode() + ".");
        editing = null;
        load();
    }

    public void archive(String code) {
        administration.archiveScheme(code);
        Messages.info("Archived scheme " + code + ": it is no longer offered for certifications.");
        load();
    }

    public void restore(String code) {
        administration.restoreScheme(code);
        Messages.info("Restored scheme " + code + ".");
        load();
    }

    public List<SchemeData> getSchemes() {
        return schemes;
    }

    public SchemeData getEditing() {
        return editing;
    }
}
