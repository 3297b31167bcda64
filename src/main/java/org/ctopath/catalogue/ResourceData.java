package org.ctopath.catalogue;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A learning resource as an administrator writes it, in the edit form or as a row of a catalogue
 * CSV file: plain values, checked by {@link ResourceRules} before anything is saved.
 */
public class ResourceData implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private ResourceKind kind;
    private String title;
    private String provider;
    private String url;
    private String language = "en";
    private BigDecimal effortHours;
    private BigDecimal costAmount;
    private String costCurrency;
    private String description;
    private List<SkillRow> skills = new ArrayList<>();

    private String issuingBody;
    private String schemeCode;
    private Integer examQuestions;
    private Integer examPassMark;
    private Integer examMinutes;
    private Integer examMinutesNonNative;
    private String examNotes;
    private List<String> prerequisiteCodes = new ArrayList<>();

    /** The version the edit started from; none for a new resource. */
    private Long version;
    private boolean archived;

    /** A resource as it stands, with its certification facts if it is one. */
    public static ResourceData of(LearningResource resource, Certification certification) {
        ResourceData data = new ResourceData();
        data.code = resource.getCode();
        data.kind = resource.getKind();
        data.title = resource.getTitle();
        data.provider = resource.getProvider();
        data.url = resource.getUrl();
        data.language = resource.getLanguage();
        data.effortHours = resource.getEffortHours();
        data.costAmount = resource.getCostAmount();
        data.costCurrency = resource.getCostCurrency();
        data.description = resource.getDescription();
        resource.getSkills().forEach(s -> data.skills.add(new SkillRow(s.getSkill().getCode(), s.getFromLevel(), s.getToLevel())));
        data.version = resource.getVersion();
        data.archived = resource.isArchived();
        if (certification != null) {
            data.issuingBody = certification.getIssuingBody();
            data.schemeCode = certification.getScheme() == null ? null : certification.getScheme().getCode();
            data.examQuestions = certification.getExamQuestions();
            data.examPassMark = certification.getExamPassMark();
            data.examMinutes = certification.getExamMinutes();
            data.examMinutesNonNative = certification.getExamMinutesNonNative();
            data.examNotes = certification.getExamNotes();
            certification.getPrerequisites().forEach(p -> data.prerequisiteCodes.add(p.getCode()));
        }
        return data;
    }

    /**
     * The data as it would be saved: texts trimmed, empty ones absent, English unless said
     * otherwise, rows of skills left entirely empty dropped.
     */
    public ResourceData normalised() {
        code = trim(code);
        title = trim(title);
        provider = trim(provider);
        url = trim(url);
        language = trim(language) == null ? "en" : trim(language);
        costCurrency = trim(costCurrency);
        description = trim(description);
        skills.removeIf(s -> trim(s.skillCode) == null && s.fromLevel == null && s.toLevel == null);
        skills.forEach(s -> s.skillCode = trim(s.skillCode));
        issuingBody = trim(issuingBody);
        schemeCode = trim(schemeCode);
        examNotes = trim(examNotes);
        prerequisiteCodes = new ArrayList<>(prerequisiteCodes.stream().map(ResourceData::trim).filter(c -> c != null).toList());
        return this;
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public boolean isCertification() {
        return kind == ResourceKind.CERTIFICATION;
    }

    /**
     * What an administrator would call each part, with its value as the audit log shows it: the
     * certification parts only for a certification, collections in their CSV spelling.
     */
    public Map<String, Object> describe() {
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("kind", kind);
        parts.put("title", title);
        parts.put("provider", provider);
        parts.put("url", url);
        parts.put("language", language);
        parts.put("effort", effortHours);
        parts.put("cost", costAmount);
        parts.put("currency", costCurrency);
        parts.put("description", description);
        parts.put("skills", getSkillsText());
        if (isCertification()) {
            parts.put("issuing body", issuingBody);
            parts.put("scheme", schemeCode);
            parts.put("exam questions", examQuestions);
            parts.put("pass mark", examPassMark);
            parts.put("exam minutes", examMinutes);
            parts.put("exam minutes non-native", examMinutesNonNative);
            parts.put("exam notes", examNotes);
            parts.put("prerequisites", getPrerequisitesText());
        }
        return parts;
    }

    /** The skills as the CSV column has them, by skill code: {@code ARCH-DESIGN:3-4|PLANNING:2-3}. */
    public String getSkillsText() {
        return skills.stream().map(SkillRow::toString).sorted().collect(Collectors.joining("|"));
    }

    public String getPrerequisitesText() {
        return prerequisiteCodes.stream().sorted().collect(Collectors.joining("|"));
    }

    public void addSkill() {
        skills.add(new SkillRow());
    }

    public void removeSkill(SkillRow row) {
        skills.remove(row);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public ResourceKind getKind() {
        return kind;
    }

    public void setKind(ResourceKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public BigDecimal getEffortHours() {
        return effortHours;
    }

    public void setEffortHours(BigDecimal effortHours) {
        this.effortHours = effortHours;
    }

    public BigDecimal getCostAmount() {
        return costAmount;
    }

    public void setCostAmount(BigDecimal costAmount) {
        this.costAmount = costAmount;
    }

    public String getCostCurrency() {
        return costCurrency;
    }

    public void setCostCurrency(String costCurrency) {
        this.costCurrency = costCurrency;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<SkillRow> getSkills() {
        return skills;
    }

    public void setSkills(List<SkillRow> skills) {
        this.skills = new ArrayList<>(skills);
    }

    public String getIssuingBody() {
        return issuingBody;
    }

    public void setIssuingBody(String issuingBody) {
        this.issuingBody = issuingBody;
    }

    public String getSchemeCode() {
        return schemeCode;
    }

    public void setSchemeCode(String schemeCode) {
        this.schemeCode = schemeCode;
    }

    public Integer getExamQuestions() {
        return examQuestions;
    }

    public void setExamQuestions(Integer examQuestions) {
        this.examQuestions = examQuestions;
    }

    public Integer getExamPassMark() {
        return examPassMark;
    }

    public void setExamPassMark(Integer examPassMark) {
        this.examPassMark = examPassMark;
    }

    public Integer getExamMinutes() {
        return examMinutes;
    }

    public void setExamMinutes(Integer examMinutes) {
        this.examMinutes = examMinutes;
    }

    public Integer getExamMinutesNonNative() {
        return examMinutesNonNative;
    }

    public void setExamMinutesNonNative(Integer examMinutesNonNative) {
        this.examMinutesNonNative = examMinutesNonNative;
    }

    public String getExamNotes() {
        return examNotes;
    }

    public void setExamNotes(String examNotes) {
        this.examNotes = examNotes;
    }

    public List<String> getPrerequisiteCodes() {
        return prerequisiteCodes;
    }

    public void setPrerequisiteCodes(List<String> prerequisiteCodes) {
        this.prerequisiteCodes = new ArrayList<>(prerequisiteCodes);
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public boolean isArchived() {
        return archived;
    }

    /** One skill a resource builds, from one level to a higher one (ordinals of the skill's scale). */
    public static class SkillRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private String skillCode;
        private Integer fromLevel;
        private Integer toLevel;

        public SkillRow() {
        }

        public SkillRow(String skillCode, Integer fromLevel, Integer toLevel) {
            this.skillCode = skillCode;
            this.fromLevel = fromLevel;
            this.toLevel = toLevel;
        }

        public String getSkillCode() {
            return skillCode;
        }

        public void setSkillCode(String skillCode) {
            this.skillCode = skillCode;
        }

        public Integer getFromLevel() {
            return fromLevel;
        }

        public void setFromLevel(Integer fromLevel) {
            this.fromLevel = fromLevel;
        }

        public Integer getToLevel() {
            return toLevel;
        }

        public void setToLevel(Integer toLevel) {
            this.toLevel = toLevel;
        }

        /** {@code ARCH-DESIGN:3-4} */
        @Override
        public String toString() {
            return skillCode + ":" + fromLevel + "-" + toLevel;
        }
    }
}
