package org.ctopath.catalogue;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * What a person looks for in the catalogue; every part is optional. A cost limit leaves out
 * resources whose cost is not known.
 */
public record CatalogueQuery(String text, String skillCode, ResourceKind kind, BigDecimal maxEffortHours,
                             BigDecimal maxCost) implements Serializable {

    public static CatalogueQuery everything() {
        return new CatalogueQuery(null, null, null, null, null);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }

    public boolean hasSkill() {
        return skillCode != null && !skillCode.isBlank();
    }
}
