package org.ctopath.competency;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.ctopath.competency.FrameworkAdministration.LevelDraft;
import org.ctopath.competency.FrameworkAdministration.ScaleDraft;
import org.ctopath.platform.Messages;
import org.ctopath.platform.Pages;

/** Administration: create a proficiency scale ({@code /admin/framework/scale}) or edit one ({@code ?code=ECF}). */
@Named
@ViewScoped
public class EditScale extends AdministrationForm {

    private static final long serialVersionUID = 1L;

    /** One row of the levels table. */
    public static class LevelRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String code;
        private String name;
        private String description;
        private boolean stored;

        public LevelRow() {
        }

        LevelRow(String code, String name, String description, boolean stored) {
            this.code = code;
            this.name = name;
            this.description = description;
            this.stored = stored;
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        /** A stored level cannot be taken away. */
        public boolean isStored() {
            return stored;
        }
    }

    @Inject
    FrameworkAdministration admin;

    private String name;
    private String description;
    private Integer threshold;
    private final List<LevelRow> levels = new ArrayList<>();

    @Override
    protected String formId() {
        return "scale";
    }

    @Override
    protected String noun() {
        return "Scale";
    }

    @Override
    protected String listPage() {
        return "/admin/framework/scales";
    }

    @Override
    protected void archiveInService(boolean archive) {
        admin.archiveScale(code, archive);
    }

    public void load() {
        if (code != null && !code.isBlank()) {
            ProficiencyScale scale = admin.allScales().stream().filter(s -> s.getCode().equalsIgnoreCase(code.trim())).findFirst().orElse(null);
            if (scale == null) {
                Pages.notFound("No scale with this code");
                return;
            }
            existing = true;
            code = scale.getCode();
            archived = scale.isArchived();
            version = scale.getVersion();
            name = scale.getName();
            description = scale.getDescription();
            threshold = scale.getThresholdOrdinal();
            scale.getLevels().forEach(l -> levels.add(new LevelRow(l.getCode(), l.getName(), l.getDescription(), true)));
        }
        if (levels.isEmpty()) {
            levels.add(new LevelRow());
            levels.add(new LevelRow());
        }
    }

    public void addLevel() {
        levels.add(new LevelRow());
    }

    public void removeLevel(LevelRow row) {
        if (!row.isStored()) {
            levels.remove(row);
        }
    }

    public String save() {
        return Messages.attempt("scale", () -> {
            ProficiencyScale saved = admin.saveScale(new ScaleDraft(code, name, description, threshold,
                    levels.stream().map(l -> new LevelDraft(l.getCode(), l.getName(), l.getDescription())).toList(),
                    openedVersion()));
            Messages.flashInfo("Scale " + saved.getCode() + " saved.");
            return "/admin/framework/scales?faces-redirect=true";
        });
    }

    public List<LevelRow> getLevels() {
        return levels;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Integer getThreshold() {
        return threshold;
    }

    public void setThreshold(Integer threshold) {
        this.threshold = threshold;
    }
}
