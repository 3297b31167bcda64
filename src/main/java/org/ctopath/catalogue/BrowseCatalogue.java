package org.ctopath.catalogue;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ctopath.competency.FrameworkService;
import org.ctopath.competency.Skill;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The read-only catalogue: search by text, filter by skill, kind, effort and cost, one page at a time. */
@Named
@ViewScoped
public class BrowseCatalogue implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CatalogueService catalogue;

    @Inject
    FrameworkService frameworks;

    private String text;
    private String skillCode;
    private ResourceKind kind;
    private BigDecimal maxEffortHours;
    private BigDecimal maxCost;
    private List<SelectItem> skillOptions;
    private final Resources resources = new Resources();

    @PostConstruct
    void init() {
        Map<String, List<SelectItem>> byGroup = new LinkedHashMap<>();
        for (Skill skill : frameworks.activeSkills()) {
            byGroup.computeIfAbsent(skill.getGroup().getName(), g -> new ArrayList<>())
                    .add(new SelectItem(skill.getCode(), skill.getName()));
        }
        skillOptions = new ArrayList<>();
        byGroup.forEach((group, skills) -> skillOptions.add(new SelectItemGroup(group, null, false, skills.toArray(SelectItem[]::new))));
    }

    /** The query as the form stands. */
    public CatalogueQuery getQuery() {
        return new CatalogueQuery(text, skillCode, kind, maxEffortHours, maxCost);
    }

    public void clear() {
        text = null;
        skillCode = null;
        kind = null;
        maxEffortHours = null;
        maxCost = null;
    }

    public LazyDataModel<LearningResource> getResources() {
        return resources;
    }

    public List<SelectItem> getSkillOptions() {
        return skillOptions;
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

    public String getSkillCode() {
        return skillCode;
    }

    public void setSkillCode(String skillCode) {
        this.skillCode = skillCode;
    }

    public ResourceKind getKind() {
        return kind;
    }

    public void setKind(ResourceKind kind) {
        this.kind = kind;
    }

    public BigDecimal getMaxEffortHours() {
        return maxEffortHours;
    }

    public void setMaxEffortHours(BigDecimal maxEffortHours) {
        this.maxEffortHours = maxEffortHours;
    }

    public BigDecimal getMaxCost() {
        return maxCost;
    }

    public void setMaxCost(BigDecimal maxCost) {
        this.maxCost = maxCost;
    }

    /** One page of the catalogue from the database, as the table asks for it. */
    private class Resources extends LazyDataModel<LearningResource> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(catalogue.count(getQuery()));
        }

        @Override
        public List<LearningResource> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            return catalogue.search(getQuery(), first, pageSize,
                    sort == null ? null : sort.getField(), sort == null || sort.getOrder() != SortOrder.DESCENDING);
        }

        @Override
        public String getRowKey(LearningResource resource) {
            return resource.getCode();
        }
    }
}
