package org.ctopath.catalogue;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A designation as an administrator writes it: the certifications that earn it, by code. */
public class DesignationData implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private String name;
    private String schemeCode;
    private String description;
    private List<String> certificationCodes = new ArrayList<>();
    private boolean archived;
    private boolean existing;

    public static DesignationData of(Designation designation) {
        DesignationData data = new DesignationData();
        data.code = designation.getCode();
        data.name = designation.getName();
        data.schemeCode = designation.getScheme() == null ? null : designation.getScheme().getCode();
        data.description = designation.getDescription();
        designation.getCertifications().stream().map(Certification::getCode).sorted().forEach(data.certificationCodes::add);
        data.archived = designation.isArchived();
        data.existing = true;
        return data;
    }

    /** Each part as the audit log names it. */
    Map<String, Object> describe() {
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("name", name);
        parts.put("scheme", schemeCode);
        parts.put("description", description);
        parts.put("certifications", String.join("|", certificationCodes.stream().sorted().toList()));
        return parts;
    }

    /** Saved before: its code is fixed. */
    public boolean isExisting() {
        return existing;
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

    public String getSchemeCode() {
        return schemeCode;
    }

    public void setSchemeCode(String schemeCode) {
        this.schemeCode = schemeCode;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<String> getCertificationCodes() {
        return certificationCodes;
    }

    public void setCertificationCodes(List<String> certificationCodes) {
        this.certificationCodes = new ArrayList<>(certificationCodes);
    }

    public boolean isArchived() {
        return archived;
    }
}
