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
import org.primefaces.model.LazyDataModel;

/** The read-only catalogue: search by text, filter by skill, kind, effort and cost, one page at a time. */
@Named
@ViewScoped
public class BrowseCatalogue implements Serializable, ResourcePages.Source {

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
    /** The table's current page of entities: a cache, transient (entities stay out of the session); made again after the session moves. */
    private transient ResourcePages resources;

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
        if (resources == null) {
            resources = new ResourcePages(this, null);
        }
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

    /** How many resources the query as the form stands finds. */
    @Override
    public long count() {
        return catalogue.count(getQuery());
    }

    /** One page of them, for the table. */
    @Override
    public List<LearningResource> page(int first, int pageSize, String sortField, boolean ascending) {
        return catalogue.search(getQuery(), first, pageSize, sortField, ascending);
    }
}
