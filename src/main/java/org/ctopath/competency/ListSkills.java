package org.ctopath.competency;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.ctopath.platform.Option;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Administration: every skill of the framework, found by text or group, one page at a time. */
@Named
@ViewScoped
public class ListSkills implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FrameworkAdministration admin;

    private String text;
    private String groupCode;
    private boolean showArchived;
    private List<Option> groups;
    /** The table's current page of entities: a cache, transient (entities stay out of the session); made again after the session moves. */
    private transient Skills skills;

    @PostConstruct
    void init() {
        groups = admin.allGroups().stream().map(g -> new Option(g.getCode(), g.getName())).toList();
    }

    public LazyDataModel<Skill> getSkills() {
        if (skills == null) {
            skills = new Skills();
        }
        return skills;
    }

    public List<Option> getGroups() {
        return groups;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getGroupCode() {
        return groupCode;
    }

    public void setGroupCode(String groupCode) {
        this.groupCode = groupCode;
    }

    public boolean isShowArchived() {
        return showArchived;
    }

    public void setShowArchived(boolean showArchived) {
        this.showArchived = showArchived;
    }

    private class Skills extends LazyDataModel<Skill> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(admin.countSkills(text, groupCode, showArchived));
        }

        @Override
        public List<Skill> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return admin.findSkills(text, groupCode, showArchived, first, pageSize);
        }

        @Override
        public String getRowKey(Skill skill) {
            return skill.getCode();
        }
    }
}
