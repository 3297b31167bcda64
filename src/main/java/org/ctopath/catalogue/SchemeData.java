package org.ctopath.catalogue;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/** A certification scheme as an administrator writes it. */
public class SchemeData implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private String name;
    private String issuingBody;
    private Integer validityMonths;
    private boolean sharedRenewalDate;
    private Integer cpdPointsPerYear;
    private String renewalRule;
    private boolean archived;
    private boolean existing;

    public static SchemeData of(CertificationScheme scheme) {
        SchemeData data = new SchemeData();
        data.code = scheme.getCode();
        data.name = scheme.getName();
        data.issuingBody = scheme.getIssuingBody();
        data.validityMonths = scheme.getValidityMonths();
        data.sharedRenewalDate = scheme.isSharedRenewalDate();
        data.cpdPointsPerYear = scheme.getCpdPointsPerYear();
        data.renewalRule = scheme.getRenewalRule();
        data.archived = scheme.isArchived();
        data.existing = true;
        return data;
    }

    /** Each part as the audit log names it. */
    Map<String, Object> describe() {
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("name", name);
        parts.put("issuing body", issuingBody);
        parts.put("validity months", validityMonths);
        parts.put("shared renewal date", sharedRenewalDate);
        parts.put("CPD points per year", cpdPointsPerYear);
        parts.put("renewal rule", renewalRule);
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

    public String getIssuingBody() {
        return issuingBody;
    }

    public void setIssuingBody(String issuingBody) {
        this.issuingBody = issuingBody;
    }

    public Integer getValidityMonths() {
        return validityMonths;
    }

    public void setValidityMonths(Integer validityMonths) {
        this.validityMonths = validityMonths;
    }

    public boolean isSharedRenewalDate() {
        return sharedRenewalDate;
    }

    public void setSharedRenewalDate(boolean sharedRenewalDate) {
        this.sharedRenewalDate = sharedRenewalDate;
    }

    public Integer getCpdPointsPerYear() {
        return cpdPointsPerYear;
    }

    public void setCpdPointsPerYear(Integer cpdPointsPerYear) {
        this.cpdPointsPerYear = cpdPointsPerYear;
    }

    public String getRenewalRule() {
        return renewalRule;
    }

    public void setRenewalRule(String renewalRule) {
        this.renewalRule = renewalRule;
    }

    public boolean isArchived() {
        return archived;
    }
}
