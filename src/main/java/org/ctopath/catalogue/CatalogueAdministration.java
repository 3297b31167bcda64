package org.ctopath.catalogue;

import org.ctopath.platform.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ctopath.audit.AuditAction;
import org.ctopath.audit.AuditLog;
import org.ctopath.competency.ProficiencyScale;
import org.ctopath.competency.Skill;
import org.ctopath.platform.Restricted;

/**
 * Administrators' changes to the catalogue: resources, certification schemes and designations are
 * created, changed, archived and restored, never deleted (plans and other resources may refer to
 * them). Each change is checked as a whole, refused with a {@link InvalidInput} that names
 * the fields at fault, and recorded in the audit log in its own transaction.
 */
@ApplicationScoped
@Transactional
@Restricted("ADMIN")
public class CatalogueAdministration {

    static final String RESOURCE = "LearningResource";
    static final String SCHEME = "CertificationScheme";
    static final String DESIGNATION = "Designation";

    @PersistenceContext
    EntityManager em;

    @Inject
    CatalogueService catalogue;

    @Inject
    AuditLog audit;

    // Resources

    /** One page of every resource, archived ones included if asked. */
    public List<LearningResource> resources(CatalogueQuery query, boolean includeArchived, int first, int pageSize,
                                            String sortField, boolean ascending) {
        return catalogue.search(query, includeArchived, first, pageSize, sortField, ascending);
    }

    public long countResources(CatalogueQuery query, boolean includeArchived) {
        return catalogue.count(query, includeArchived);
    }

    /** A resource as its edit form starts. */
    public Optional<ResourceData> resource(String code) {
        return findResource(code).map(r -> ResourceData.of(r, certificationOf(r)));
    }

    /** Creates a resource, with its certification facts if it is a certification. */
    public void createResource(ResourceData data) {
        data.normalised();
        CatalogueFacts facts = facts();
        refuseIfAny(checkResource(data, true, facts));
        apply(data, true);
        audit.record(AuditAction.CREATE, RESOURCE, data.getCode(), Changes.of(data.getCode(), data.describe()));
    }

    /**
     * Saves an edit of a resource begun from {@code data.getVersion()}. An edit begun before someone
     * else's save is refused, so that neither change silently overwrites the other.
     */
    public void updateResource(ResourceData data) {
        data.normalised();
        LearningResource resource = existingResource(data.getCode());
        if (data.getVersion() == null || data.getVersion() != resource.getVersion()) {
            throw stale(data.getCode());
        }
        refuseIfAny(checkResource(data, false, facts()));
        ResourceData before = ResourceData.of(resource, certificationOf(resource));
        String changes = Changes.between(before.describe(), data.describe());
        if (changes.isEmpty()) {
            return;
        }
        apply(data, false);
        // the version counts certification facts and prerequisites too, which live in rows of their own
        em.lock(resource, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw stale(data.getCode());
        } catch (PersistenceException e) {
            if (e.getCause() instanceof OptimisticLockException) {
                throw stale(data.getCode());
            }
            throw e;
        }
        audit.record(AuditAction.UPDATE, RESOURCE, data.getCode(), changes);
    }

    /** No longer offered in the catalogue; its page and everything that refers to it stay. */
    public void archiveResource(String code) {
        LearningResource resource = existingResource(code);
        setArchived(RESOURCE, code, resource.isArchived(), true, resource::archive);
    }

    public void restoreResource(String code) {
        LearningResource resource = existingResource(code);
        setArchived(RESOURCE, code, resource.isArchived(), false, resource::restore);
    }

    /** Every certification, archived ones too, by title: the choices for prerequisites and designations. */
    public List<Certification> certifications() {
        return em.createNamedQuery(Certification.ALL, Certification.class).getResultList();
    }

    /** The problems of a resource change: its fields, and for a certification, cycles its prerequisites would close. */
    private List<InvalidInput.Problem> checkResource(ResourceData data, boolean creating, CatalogueFacts facts) {
        List<InvalidInput.Problem> problems = new ArrayList<>(ResourceRules.check(data, creating, facts));
        if (data.isCertification() && data.getCode() != null) {
            problems.addAll(ResourceRules.cycles(data.getCode(), data.getPrerequisiteCodes(), facts));
        }
        return problems;
    }

    /**
     * Writes checked, normalised data to a new or the existing resource, touching only what differs,
     * and records nothing: the caller does (an import records itself as a whole). Prerequisites may
     * name certifications created earlier in the same transaction.
     */
    public LearningResource apply(ResourceData data, boolean creating) {
        LearningResource resource;
        Certification certification = null;
        if (creating) {
            resource = new LearningResource(data.getCode(), data.getKind(), data.getTitle(), data.getProvider(), data.getEffortHours());
            em.persist(resource);
            if (data.isCertification()) {
                certification = new Certification(resource, data.getIssuingBody());
                em.persist(certification);
            }
        } else {
            resource = existingResource(data.getCode());
            resource.setKind(data.getKind());
            certification = certificationOf(resource);
        }
        String skillsBefore = ResourceData.of(resource, null).getSkillsText();
        resource.setTitle(data.getTitle());
        resource.setProvider(data.getProvider());
        resource.setUrl(data.getUrl());
        resource.setLanguage(data.getLanguage());
        resource.setEffortHours(data.getEffortHours());
        resource.setCost(data.getCostAmount(), data.getCostAmount() == null ? null : data.getCostCurrency());
        resource.setDescription(data.getDescription());
        if (creating || !skillsBefore.equals(data.getSkillsText())) {
            resource.setSkills(skillRanges(data.getSkills()));
        }
        if (certification != null) {
            applyCertification(data, certification);
        }
        return resource;
    }

    private void applyCertification(ResourceData data, Certification certification) {
        certification.setIssuingBody(data.getIssuingBody());
        certification.setScheme(data.getSchemeCode() == null ? null : existingScheme(data.getSchemeCode()));
        certification.setExam(data.getExamQuestions(), data.getExamPassMark(), data.getExamMinutes(), data.getExamMinutesNonNative());
        certification.setExamNotes(data.getExamNotes());
        List<String> before = certification.getPrerequisites().stream().map(Certification::getCode).sorted().toList();
        if (!before.equals(data.getPrerequisiteCodes().stream().sorted().toList())) {
            certification.setPrerequisites(data.getPrerequisiteCodes().stream().map(this::existingCertification).toList());
        }
    }

    private List<SkillRange> skillRanges(List<ResourceData.SkillRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        var skills = em.createQuery("select s from Skill s where s.code in :codes", Skill.class)
                .setParameter("codes", rows.stream().map(ResourceData.SkillRow::getSkillCode).toList())
                .getResultStream().collect(Collectors.toMap(Skill::getCode, Function.identity()));
        return rows.stream().map(r -> new SkillRange(skills.get(r.getSkillCode()), r.getFromLevel(), r.getToLevel())).toList();
    }

    // Certification schemes

    /** Every scheme, archived ones too, by code. */
    public List<CertificationScheme> schemes() {
        return em.createQuery("select s from CertificationScheme s order by s.code", CertificationScheme.class).getResultList();
    }

    public void saveScheme(SchemeData data) {
        boolean creating = !data.isExisting();
        List<InvalidInput.Problem> problems = new ArrayList<>();
        ResourceRules.checkCode(data.getCode(), creating && codeTaken("CertificationScheme", data.getCode()), "scheme", problems);
        ResourceRules.requireText(data.getName(), "name", "Enter a name.", CertificationScheme.NAME_MAXLENGTH, problems);
        ResourceRules.requireText(data.getIssuingBody(), "issuingBody", "Enter who issues the scheme's certifications.",
                CertificationScheme.ISSUING_BODY_MAXLENGTH, problems);
        if (data.getValidityMonths() != null && data.getValidityMonths() <= 0) {
            problems.add(new InvalidInput.Problem("validityMonths", "Validity is a number of months above 0, or empty if certificates do not lapse."));
        }
        if (data.getCpdPointsPerYear() != null && data.getCpdPointsPerYear() < 0) {
            problems.add(new InvalidInput.Problem("cpdPointsPerYear", "CPD points a year cannot be negative."));
        }
        ResourceRules.maxLength(data.getRenewalRule(), "renewalRule", CertificationScheme.RENEWAL_RULE_MAXLENGTH, problems);
        refuseIfAny(problems);

        CertificationScheme scheme;
        String changes;
        if (creating) {
            scheme = new CertificationScheme(data.getCode().strip(), data.getName().strip(), data.getIssuingBody().strip());
            em.persist(scheme);
            changes = Changes.of(data.getCode(), data.describe());
        } else {
            scheme = existingScheme(data.getCode());
            changes = Changes.between(SchemeData.of(scheme).describe(), data.describe());
            scheme.rename(data.getName().strip(), data.getIssuingBody().strip());
        }
        scheme.setRenewal(data.getValidityMonths(), data.isSharedRenewalDate(), data.getCpdPointsPerYear(), blankToNull(data.getRenewalRule()));
        if (!changes.isEmpty()) {
            audit.record(creating ? AuditAction.CREATE : AuditAction.UPDATE, SCHEME, data.getCode(), changes);
        }
    }

    public void archiveScheme(String code) {
        CertificationScheme scheme = existingScheme(code);
        setArchived(SCHEME, code, scheme.isArchived(), true, scheme::archive);
    }

    public void restoreScheme(String code) {
        CertificationScheme scheme = existingScheme(code);
        setArchived(SCHEME, code, scheme.isArchived(), false, scheme::restore);
    }

    // Designations

    /** Every designation, archived ones too, by code, with its certifications. */
    public List<Designation> designations() {
        List<Designation> designations = em.createQuery("select d from Designation d order by d.code", Designation.class).getResultList();
        designations.forEach(d -> d.getCertifications().forEach(Certification::getTitle));
        return designations;
    }

    public void saveDesignation(DesignationData data) {
        boolean creating = !data.isExisting();
        List<InvalidInput.Problem> problems = new ArrayList<>();
        ResourceRules.checkCode(data.getCode(), creating && codeTaken("Designation", data.getCode()), "designation", problems);
        ResourceRules.requireText(data.getName(), "name", "Enter a name.", Designation.NAME_MAXLENGTH, problems);
        if (data.getSchemeCode() != null && findScheme(data.getSchemeCode()).isEmpty()) {
            problems.add(new InvalidInput.Problem("scheme", "There is no certification scheme with the code " + data.getSchemeCode() + "."));
        }
        ResourceRules.maxLength(data.getDescription(), "description", Designation.DESCRIPTION_MAXLENGTH, problems);
        if (data.getCertificationCodes().isEmpty()) {
            problems.add(new InvalidInput.Problem("certifications", "Choose the certifications that earn the designation."));
        }
        data.getCertificationCodes().stream().filter(c -> findCertification(c).isEmpty()).forEach(c ->
                problems.add(new InvalidInput.Problem("certifications", "There is no certification with the code " + c + ".")));
        refuseIfAny(problems);

        List<Certification> certifications = data.getCertificationCodes().stream().map(this::existingCertification).toList();
        Designation designation;
        String changes;
        if (creating) {
            designation = new Designation(data.getCode().strip(), data.getName().strip(), certifications);
            em.persist(designation);
            changes = Changes.of(data.getCode(), data.describe());
        } else {
            designation = existingDesignation(data.getCode());
            changes = Changes.between(DesignationData.of(designation).describe(), data.describe());
            designation.setName(data.getName().strip());
            designation.setCertifications(certifications);
        }
        designation.setScheme(data.getSchemeCode() == null ? null : existingScheme(data.getSchemeCode()));
        designation.setDescription(blankToNull(data.getDescription()));
        if (!changes.isEmpty()) {
            audit.record(creating ? AuditAction.CREATE : AuditAction.UPDATE, DESIGNATION, data.getCode(), changes);
        }
    }

    public void archiveDesignation(String code) {
        Designation designation = existingDesignation(code);
        setArchived(DESIGNATION, code, designation.isArchived(), true, designation::archive);
    }

    public void restoreDesignation(String code) {
        Designation designation = existingDesignation(code);
        setArchived(DESIGNATION, code, designation.isArchived(), false, designation::restore);
    }

    /** Archives or restores, and records it, unless it already is as asked. */
    private void setArchived(String entityType, String code, boolean archived, boolean asked, Runnable change) {
        if (archived != asked) {
            change.run();
            audit.record(asked ? AuditAction.ARCHIVE : AuditAction.RESTORE, entityType, code,
                    "archived: " + Changes.format(archived) + " → " + Changes.format(asked));
        }
    }

    // What checking needs to know

    /** The catalogue as the rules see it: skills and their scales, schemes, codes in use, prerequisites. */
    public CatalogueFacts facts() {
        CatalogueFacts facts = new CatalogueFacts();
        for (Skill skill : em.createQuery("select s from Skill s", Skill.class).getResultList()) {
            ProficiencyScale scale = skill.getScale();
            if (scale != null) {
                facts.skill(skill.getCode(), scale.getMaxOrdinal());
            }
        }
        em.createQuery("select s.code from CertificationScheme s", String.class).getResultList().forEach(facts::scheme);
        em.createQuery("select r.code, r.kind from LearningResource r", Object[].class).getResultList()
                .forEach(row -> facts.resource((String) row[0], (ResourceKind) row[1]));
        em.createQuery("select c.resource.code, p.resource.code from Certification c join c.prerequisites p", Object[].class)
                .getResultList().forEach(row -> facts.prerequisite((String) row[0], (String) row[1]));
        return facts;
    }

    private Optional<LearningResource> findResource(String code) {
        return em.createNamedQuery(LearningResource.BY_CODE, LearningResource.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    private Certification certificationOf(LearningResource resource) {
        return resource.isCertification() ? em.find(Certification.class, resource.getId()) : null;
    }

    private LearningResource existingResource(String code) {
        return findResource(code).orElseThrow(() -> InvalidInput.of(null, "No resource has the code " + code + "."));
    }

    private Optional<Certification> findCertification(String code) {
        return em.createNamedQuery(Certification.BY_CODE, Certification.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    private Certification existingCertification(String code) {
        return findCertification(code).orElseThrow(() -> InvalidInput.of("prerequisites", "There is no certification with the code " + code + "."));
    }

    private Optional<CertificationScheme> findScheme(String code) {
        return em.createQuery("select s from CertificationScheme s where s.code = :code", CertificationScheme.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    private CertificationScheme existingScheme(String code) {
        return findScheme(code).orElseThrow(() -> InvalidInput.of("scheme", "There is no certification scheme with the code " + code + "."));
    }

    private Designation existingDesignation(String code) {
        return em.createNamedQuery(Designation.BY_CODE, Designation.class).setParameter("code", code)
                .getResultStream().findFirst()
                .orElseThrow(() -> InvalidInput.of(null, "No designation has the code " + code + "."));
    }

    /** Codes are unique whatever their case. */
    private boolean codeTaken(String entity, String code) {
        return em.createQuery("select count(e) from " + entity + " e where upper(e.code) = :code", Long.class)
                .setParameter("code", code.strip().toUpperCase(Locale.ROOT)).getSingleResult() > 0;
    }

    private static InvalidInput stale(String code) {
        return InvalidInput.of(null, "Someone else saved changes to " + code + " while you were editing it. "
                + "Nothing of yours was saved and their changes are kept; open the saved version and make your changes again.");
    }

    private static void refuseIfAny(List<InvalidInput.Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
