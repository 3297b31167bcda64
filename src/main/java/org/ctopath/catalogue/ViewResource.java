package org.ctopath.catalogue;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;

/** A resource page, {@code /catalogue/resource?code=ITIL4-F}: the skills it builds and, for a certification, its facts. */
@Named
@RequestScoped
public class ViewResource {

    @Inject
    CatalogueService catalogue;

    @Inject
    FacesContext faces;

    private String code;
    private LearningResource resource;
    private Certification certification;
    private List<Designation> designations = List.of();

    public void load() throws IOException {
        resource = code == null ? null : catalogue.findByCode(code).orElse(null);
        if (resource == null) {
            faces.getExternalContext().responseSendError(404, "No learning resource with this code");
            faces.responseComplete();
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
