package org.ctopath.catalogue;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/** Administrators' list of the catalogue, {@code /admin/catalogue/resources}: archived resources too, if asked. */
@Named
@ViewScoped
public class ListResources implements Serializable, ResourcePages.Source {

    private static final long serialVersionUID = 1L;

    @Inject
    CatalogueAdministration administration;

    private String text;
    private ResourceKind kind;
    private boolean showArchived;
    /** The table's current page of entities: a cache, transient (entities stay out of the session); made again after the session moves. */
    private transient ResourcePages resources;

    public CatalogueQuery getQuery() {
        return new CatalogueQuery(text, null, kind, null, null);
    }

    public LazyDataModel<LearningResource> getResources() {
        if (resources == null) {
            resources = new ResourcePages(this, "code");
        }
        return resources;
    }

    public ResourceKind[] getKinds() {
        return ResourceKind.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public ResourceKind getKind() {
        return kind;
    }

    public void setKind(ResourceKind kind) {
        this.kind = kind;
    }

    public boolean isShowArchived() {
        return showArchived;
    }

    public void setShowArchived(boolean showArchived) {
        this.showArchived = showArchived;
    }

    /** How many resources the query as the form stands finds. */
    @Override
    public long count() {
        return administration.countResources(getQuery(), showArchived);
    }

    /** One page of them, for the table. */
    @Override
    public List<LearningResource> page(int first, int pageSize, String sortField, boolean ascending) {
        return administration.resources(getQuery(), showArchived, first, pageSize, sortField, ascending);
    }
}
