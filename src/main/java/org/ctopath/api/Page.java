package org.ctopath.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list: its items, how many there are in all, and the offset to ask for next (absent
 * on the last page).
 */
@Schema(name = "Page", description = "One page of a list. Ask for the next with offset=next.")
public class Page<T> {

    public List<T> items;
    @Schema(description = "How many items the whole list has.")
    public long total;
    public int offset;
    public int limit;
    @Schema(description = "The offset of the next page; absent on the last page.")
    public Integer next;

    public Page() {
    }

    public Page(List<T> items, long total, int offset, int limit, Integer next) {
        this.items = items;
        this.total = total;
        this.offset = offset;
        this.limit = limit;
        this.next = next;
    }
}
