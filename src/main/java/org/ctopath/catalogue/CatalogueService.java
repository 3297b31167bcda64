package org.ctopath.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ctopath.platform.Like;
import org.ctopath.platform.Option;
import org.ctopath.platform.Restricted;

/** Finds learning resources and certifications: one page at a time, filtered and sorted in the database. */
@ApplicationScoped
@Transactional
@Restricted
public class CatalogueService {

    /** The columns a catalogue page may sort by, by the name the page uses. */
    static final Map<String, String> SORTABLE = Map.of(
            "code", "r.code",
            "title", "r.title",
            "kind", "r.kind",
            "provider", "r.provider",
            "effortHours", "r.effortHours",
            "costAmount", "r.costAmount");

    @PersistenceContext
    EntityManager em;

    public List<LearningResource> search(CatalogueQuery query, int first, int pageSize, String sortField, boolean ascending) {
        return search(query, false, first, pageSize, sortField, ascending);
    }

    public long count(CatalogueQuery query) {
        return count(query, false);
    }

    /** Like {@link #search(CatalogueQuery, int, int, String, boolean)}, archived resources included if asked: for administrators. */
    public List<LearningResource> search(CatalogueQuery query, boolean includeArchived, int first, int pageSize, String sortField, boolean ascending) {
        String order = SORTABLE.getOrDefault(sortField == null ? "" : sortField, "r.title");
        TypedQuery<LearningResource> jpql = em.createQuery("select r from LearningResource r" + where(query, includeArchived)
                + " order by " + order + (ascending ? " asc" : " desc") + ", r.code", LearningResource.class);
        bind(query).forEach(jpql::setParameter);
        return jpql.setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    public long count(CatalogueQuery query, boolean includeArchived) {
        TypedQuery<Long> jpql = em.createQuery("select count(r) from LearningResource r" + where(query, includeArchived), Long.class);
        bind(query).forEach(jpql::setParameter);
        return jpql.getSingleResult();
    }

    /**
     * The resources on offer (not archived) as menu choices, by title: "Accelerate (Book)". At most
     * the first 1000, which a menu can still show.
     */
    public List<Option> choices() {
        return search(CatalogueQuery.everything(), 0, 1000, "title", true).stream()
                .map(r -> new Option(r.getCode(), r.getTitle() + " (" + r.getKind().getLabel() + ")")).toList();
    }

    /** A resource with the skills it builds, and its certification facts if it is one. */
    public Optional<LearningResource> findByCode(String code) {
        Optional<LearningResource> resource = em.createNamedQuery(LearningResource.BY_CODE, LearningResource.class)
                .setParameter("code", code)
                .getResultStream().findFirst();
        resource.ifPresent(r -> r.getSkills().forEach(s -> s.getSkill().getName()));
        return resource;
    }

    public Optional<Certification> certificationOf(LearningResource resource) {
        if (!resource.isCertification()) {
            return Optional.empty();
        }
        Optional<Certification> certification = Optional.ofNullable(em.find(Certification.class, resource.getId()));
        certification.ifPresent(c -> c.getPrerequisites().forEach(Certification::getTitle));
        return certification;
    }

    /** The designations a certification counts toward. */
    public List<Designation> designationsContaining(Certification certification) {
        List<Designation> designations = em.createNamedQuery(Designation.CONTAINING, Designation.class)
                .setParameter("certificationId", certification.getId())
                .getResultList();
        designations.forEach(d -> d.getCertifications().forEach(Certification::getTitle));
        return designations;
    }

    public Optional<Designation> findDesignation(String code) {
        Optional<Designation> designation = em.createNamedQuery(Designation.BY_CODE, Designation.class)
                .setParameter("code", code).getResultStream().findFirst();
        designation.ifPresent(d -> d.getCertifications().forEach(Certification::getTitle));
        return designation;
    }

    /** Every certification's prerequisites, by code. */
    public PrerequisiteGraph prerequisiteGraph() {
        PrerequisiteGraph graph = new PrerequisiteGraph();
        em.createNamedQuery(Certification.ALL, Certification.class).getResultList()
                .forEach(c -> c.getPrerequisites().forEach(p -> graph.add(c.getCode(), p.getCode())));
        return graph;
    }

    private static String where(CatalogueQuery query, boolean includeArchived) {
        List<String> conditions = new ArrayList<>();
        if (!includeArchived) {
            conditions.add("r.archived = false");
        }
        if (query.hasText()) {
            // the pattern comes from Like.containing, which takes what was typed literally
            conditions.add("(lower(r.code) like :text or lower(r.title) like :text or lower(r.provider) like :text"
                    + " or lower(r.description) like :text)");
        }
        if (query.hasSkill()) {
            conditions.add("r.id in (select r2.id from LearningResource r2 join r2.skills s where s.skill.code = :skill)");
        }
        if (query.kind() != null) {
            conditions.add("r.kind = :kind");
        }
        if (query.maxEffortHours() != null) {
            conditions.add("r.effortHours <= :maxEffort");
        }
        if (query.maxCost() != null) {
            conditions.add("r.costAmount <= :maxCost");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static Map<String, Object> bind(CatalogueQuery query) {
        Map<String, Object> parameters = new HashMap<>();
        if (query.hasText()) {
            parameters.put("text", Like.containing(query.text()));
        }
        if (query.hasSkill()) {
            parameters.put("skill", query.skillCode());
        }
        if (query.kind() != null) {
            parameters.put("kind", query.kind());
        }
        if (query.maxEffortHours() != null) {
            parameters.put("maxEffort", query.maxEffortHours());
        }
        if (query.maxCost() != null) {
            parameters.put("maxCost", query.maxCost());
        }
        return parameters;
    }

}
