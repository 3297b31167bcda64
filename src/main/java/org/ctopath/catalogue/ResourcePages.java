package org.ctopath.catalogue;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** Learning resources for a lazy table: one page at a time from the database, as the table asks for it. */
final class ResourcePages extends LazyDataModel<LearningResource> {

    private static final long serialVersionUID = 1L;

    /** Where the pages come from: a query as the page's form stands. */
    interface Source extends Serializable {

        long count();

        List<LearningResource> page(int first, int pageSize, String sortField, boolean ascending);
    }

    private final Source source;
    private final String defaultSort;

    ResourcePages(Source source, String defaultSort) {
        this.source = source;
        this.defaultSort = defaultSort;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(source.count());
    }

    @Override
    public List<LearningResource> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        return source.page(first, pageSize, sort == null ? defaultSort : sort.getField(), sort == null || sort.getOrder() != SortOrder.DESCENDING);
    }

    @Override
    public String getRowKey(LearningResource resource) {
        return resource.getCode();
    }
}
