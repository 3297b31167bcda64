package org.ctopath.catalogue;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** Administrators' list of the catalogue, {@code /admin/catalogue/resources}: archived resources too, if asked. */
@Named
@ViewScoped
public class ListResources implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CatalogueAdministration administration;

    private String text;
    private ResourceKind kind;
    private boolean showArchived;
    private final Resources resources = new Resources();

    public CatalogueQuery getQuery() {
        return new CatalogueQuery(text, null, kind, null, null);
    }

    public LazyDataModel<LearningResource> getResources() {
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

    /** One page of resources from the database, as the table asks for it. */
    private class Resources extends LazyDataModel<LearningResource> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(administration.countResources(getQuery(), showArchived));
        }

        @Override
        public List<LearningResource> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            return administration.resources(getQuery(), showArchived, first, pageSize,
                    sort == null ? "code" : sort.getField(), sort == null || sort.getOrder() != SortOrder.DESCENDING);
        }

        @Override
        public String getRowKey(LearningResource resource) {
            return resource.getCode();
        }
    }
}
