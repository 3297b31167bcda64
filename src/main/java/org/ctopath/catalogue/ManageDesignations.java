package org.ctopath.catalogue;

import org.ctopath.platform.Messages;
import org.ctopath.platform.InvalidInput;
import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The designations, {@code /admin/catalogue/designations}: listed, created and edited on the same page. */
@Named
@ViewScoped
public class ManageDesignations implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "designations";

    @Inject
    CatalogueAdministration administration;

    private List<DesignationData> designations;
    private Map<String, String> titles;
    private List<SelectItem> schemeOptions;
    private List<SelectItem> certificationOptions;
    /** The designation in the form; none while the form is closed. */
    private DesignationData editing;

    @PostConstruct
    void load() {
        designations = administration.designations().stream().map(DesignationData::of).toList();
        List<Certification> certifications = administration.certifications();
        titles = certifications.stream().collect(Collectors.toMap(Certification::getCode, Certification::getTitle));
        certificationOptions = certifications.stream()
                .map(c -> new SelectItem(c.getCode(), c.getTitle() + " (" + c.getCode() + ")" + (c.getResource().isArchived() ? ", archived" : "")))
                .toList();
        schemeOptions = administration.schemes().stream()
                .map(s -> new SelectItem(s.getCode(), s.getName() + (s.isArchived() ? " (archived)" : ""))).toList();
    }

    public void create() {
        editing = new DesignationData();
    }

    public void edit(String code) {
        editing = administration.designations().stream().filter(d -> d.getCode().equals(code)).findFirst()
                .map(DesignationData::of).orElse(null);
    }

    public void cancel() {
        editing = null;
    }

    public void save() {
        try {
            administration.saveDesignation(editing);
        } catch (InvalidInput refused) {
            Messages.show(refused, FORM);
            return;
        }
        Messages.info("Saved designation " + editing.getCode() + ".");
        editing = null;
        load();
    }

    public void archive(String code) {
        administration.archiveDesignation(code);
        Messages.info("Archived designation " + code + ".");
        load();
    }

    public void restore(String code) {
        administration.restoreDesignation(code);
        Messages.info("Restored designation " + code + ".");
        load();
    }

    /** The titles of a designation's certifications, joined with +. */
    public String certificationsOf(DesignationData designation) {
        return designation.getCertificationCodes().stream().map(c -> titles.getOrDefault(c, c)).collect(Collectors.joining(" + "));
    }

    public List<DesignationData> getDesignations() {
        return designations;
    }

    public List<SelectItem> getSchemeOptions() {
        return schemeOptions;
    }

    public List<SelectItem> getCertificationOptions() {
        return certificationOptions;
    }

    public DesignationData getEditing() {
        return editing;
    }
}
