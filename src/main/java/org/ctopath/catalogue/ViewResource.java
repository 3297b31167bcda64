package org.ctopath.catalogue;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ctopath.platform.Pages;

/** A resource page, {@code /catalogue/resource?code=ITIL4-F}: the skills it builds and, for a certification, its facts. */
@Named
@RequestScoped
public class ViewResource {

    @Inject
    CatalogueService catalogue;

    private String code;
    private LearningResource resource;
    private Certification certification;
    private List<Designation> designations = List.of();

    public void load() {
        resource = code == null ? null : catalogue.findByCode(code).orElse(null);
        if (resource == null) {
            Pages.notFound("No learning resource with this code");
            return;
        }
        certification = catalogue.certificationOf(resource).orElse(null);
        if (certification != null) {
            designations = catalogue.designationsContaining(certification);
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.trim();
    }

    public LearningResource getResource() {
        return resource;
    }

    public Certification getCertification() {
        return certification;
    }

    public List<Designation> getDesignations() {
        return designations;
    }
}
