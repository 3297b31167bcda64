package org.ctopath.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The audit log page for administrators: newest first, one page at a time, filtered by a word. */
@Named
@ViewScoped
public class ViewAuditLog implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditLog log;

    private String filter;
    /** The table's current page of entities: a cache, transient (entities stay out of the session); made again after the session moves. */
    private transient Entries entries;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    /** When an entry was made, in UTC, as administrators of several sites read it alike. */
    public String when(AuditEntry entry) {
        return WHEN.format(entry.getOccurredAt());
    }

    public LazyDataModel<AuditEntry> getEntries() {
        if (entries == null) {
            entries = new Entries();
        }
        return entries;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    private class Entries extends LazyDataModel<AuditEntry> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(log.count(filter));
        }

        @Override
        public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return log.page(filter, first, pageSize);
        }

        @Override
        public String getRowKey(AuditEntry entry) {
            return String.valueOf(entry.getId());
        }
    }
}
