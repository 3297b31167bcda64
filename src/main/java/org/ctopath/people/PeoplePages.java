package org.ctopath.people;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * People for a lazy PrimeFaces table: counted, sorted and read a page at a time by the database
 * ({@link People#count}, {@link People#page}), by name unless a column says otherwise. A page bean
 * says which {@link People} service to ask and what its form asks for.
 */
public abstract class PeoplePages extends LazyDataModel<PersonRow> {

    private static final long serialVersionUID = 1L;

    /** The service that reads people. */
    protected abstract People people();

    /** The query as the page's form stands now. */
    protected abstract PeopleQuery query();

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(people().count(query()));
    }

    @Override
    public List<PersonRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        return people().page(query(), first, pageSize, sort == null ? "name" : sort.getField(),
                sort == null || sort.getOrder() != SortOrder.DESCENDING);
    }

    @Override
    public String getRowKey(PersonRow row) {
        return String.valueOf(row.getId());
    }

    /** A row picked in the table (a ticked box): one of the page shown. */
    @Override
    public PersonRow getRowData(String rowKey) {
        List<PersonRow> shown = getWrappedData();
        return shown == null ? null : shown.stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
    }
}
