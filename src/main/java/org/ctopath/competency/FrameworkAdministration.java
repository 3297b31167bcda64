package org.ctopath.competency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.ctopath.audit.AuditAction;
import org.ctopath.audit.AuditLog;
import org.ctopath.audit.Changes;
import org.ctopath.platform.InvalidInput;
import org.ctopath.platform.Like;
import org.ctopath.platform.Messages;
import org.ctopath.platform.Restricted;

/**
 * What administrators change in the framework: skills, skill groups and role profiles. Every
 * change is validated as a whole (all problems at once, nothing changed), guarded against edits
 * made meanwhile by someone else, and recorded in the audit log in the same transaction. Nothing
 * is ever deleted: archiving takes a thing out of every choice and keeps its history.
 */
@ApplicationScoped
@Transactional(rollbackOn = InvalidInput.class)
@Restricted("ADMIN")
public class FrameworkAdministration {

    public static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,31}");
    public static final Pattern ECF_CODE = Pattern.compile("[A-E]\\.[1-9][0-9]?");
    public static final Pattern SFIA_CODE = Pattern.compile("[A-Z]{4}");
    public static final String CODE_RULE = "Use 2 to 32 capital letters, digits and hyphens, such as CLOUD-COST.";
    static final String CHANGED_MEANWHILE = Messages.CHANGED_MEANWHILE;

    /** A skill as an administrator enters it. {@code version} is the one they opened; null for a new skill. */
    public record SkillDraft(String code, String name, String description, String groupCode, String ecfCode,
                             String sfiaCode, List<String> indicators, Long version) {
    }

    public record GroupDraft(String frameworkCode, String code, String name, String description, int position,
                             Long version) {
    }

    public record TargetDraft(String skillCode, int levelOrdinal) {
    }

    public record ProfileDraft(String code, String name, String summary, String purpose, String scaleCode,
                               List<String> responsibilities, List<TargetDraft> targets, Long version) {
    }

    public record LevelDraft(String code, String name, String description) {
    }

    public record ScaleDraft(String code, String name, String description, Integer thresholdOrdinal, List<LevelDraft> levels,
                             Long version) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    // ---- skills

    public Skill saveSkill(SkillDraft draft) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        String code = upper(draft.code());
        Optional<Skill> existing = code == null ? Optional.empty() : skill(code);
        boolean creating = draft.version() == null;
        checkCode(problems, code, creating, existing.isPresent(), "skill");
        String name = required(problems, "name", draft.name(), 200, "Give the skill a name.");
        String description = optional(problems, "description", draft.description(), 4000);
        String ecf = upper(draft.ecfCode());
        if (ecf != null && !ECF_CODE.matcher(ecf).matches()) {
            problems.add("ecfCode", "An e-CF code is an area letter A to E, a dot and a number, such as A.5.");
        }
        String sfia = upper(draft.sfiaCode());
        if (sfia != null && !SFIA_CODE.matcher(sfia).matches()) {
            problems.add("sfiaCode", "A SFIA code is four capital letters, such as ITSP.");
        }
        List<String> indicators = lines(draft.indicators());
        if (indicators.isEmpty()) {
            problems.add("indicators", "Give at least one behavioural indicator: what a person at the target level should be able to do.");
        }
        indicators.stream().filter(i -> i.length() > 1000).findFirst()
                .ifPresent(i -> problems.add("indicators", "An indicator may have at most 1000 characters."));
        SkillGroup group = null;
        if (blank(draft.groupCode())) {
            problems.add("group", "Choose the group the skill belongs to.");
        } else {
            SkillGroup chosen = group(draft.groupCode()).orElse(null);
            boolean staysInItsGroup = chosen != null && existing.map(Skill::getGroup).map(chosen::equals).orElse(false);
            if (chosen == null || (chosen.isArchived() && !staysInItsGroup)) {
                problems.add("group", "Choose a group that is in use.");
            }
            group = chosen;
        }
        if (!creating) {
            existing.ifPresent(s -> checkVersion(problems, draft.version(), s.getVersion()));
        }
        problems.throwIfAny();

        Skill skill;
        Map<String, String> before;
        if (creating) {
            skill = new Skill(code, name, group);
            before = null;
        } else {
            skill = existing.orElseThrow();
            before = describe(skill);
        }
        skill.describe(name, description, ecf, sfia, indicators);
        if (creating || skill.getGroup() == null || !skill.getGroup().equals(group)) {
            skill.placeIn(group, nextSkillPosition(group));
        }
        if (creating) {
            em.persist(skill);
            audit.record(AuditAction.CREATE, "Skill", code, Changes.of(describe(skill)));
        } else {
            audit.record(AuditAction.UPDATE, "Skill", code, Changes.between(before, describe(skill)));
        }
        em.flush();
        return skill;
    }

    public void archiveSkill(String code, boolean archived) {
        Skill skill = skill(upper(code)).orElseThrow(() -> InvalidInput.of(null, "There is no skill " + code + "."));
        if (skill.isArchived() == archived) {
            return;
        }
        if (archived) {
            skill.archive();
        } else {
            skill.restore();
        }
        audit.record(archived ? AuditAction.ARCHIVE : AuditAction.RESTORE, "Skill", skill.getCode(), null);
    }

    // ---- groups

    public SkillGroup saveGroup(GroupDraft draft) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        String code = upper(draft.code());
        Optional<SkillGroup> existing = code == null ? Optional.empty() : group(code);
        boolean creating = draft.version() == null;
        checkCode(problems, code, creating, existing.isPresent(), "group");
        String name = required(problems, "name", draft.name(), 200, "Give the group a name.");
        String description = optional(problems, "description", draft.description(), 4000);
        if (draft.position() < 0) {
            problems.add("position", "The position is 0 or more.");
        }
        Framework framework = em.createNamedQuery(Framework.BY_CODE, Framework.class)
                .setParameter("code", draft.frameworkCode()).getResultStream().findFirst().orElse(null);
        if (framework == null) {
            problems.add("framework", "Choose a framework.");
        }
        if (!creating) {
            existing.ifPresent(g -> checkVersion(problems, draft.version(), g.getVersion()));
        }
        problems.throwIfAny();

        if (creating) {
            SkillGroup group = new SkillGroup(framework, code, name, draft.position());
            group.describe(name, description, draft.position());
            em.persist(group);
            audit.record(AuditAction.CREATE, "SkillGroup", code, Changes.of(describe(group)));
            em.flush();
            return group;
        }
        SkillGroup group = existing.orElseThrow();
        Map<String, String> before = describe(group);
        group.describe(name, description, draft.position());
        audit.record(AuditAction.UPDATE, "SkillGroup", code, Changes.between(before, describe(group)));
        em.flush();
        return group;
    }

    public void archiveGroup(String code, boolean archived) {
        SkillGroup group = group(upper(code)).orElseThrow(() -> InvalidInput.of(null, "There is no group " + code + "."));
        if (group.isArchived() == archived) {
            return;
        }
        if (archived) {
            group.archive();
        } else {
            group.restore();
        }
        audit.record(archived ? AuditAction.ARCHIVE : AuditAction.RESTORE, "SkillGroup", group.getCode(), null);
    }

    // ---- role profiles

    public RoleProfile saveProfile(ProfileDraft draft) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        String code = upper(draft.code());
        Optional<RoleProfile> existing = code == null ? Optional.empty() : profile(code);
        boolean creating = draft.version() == null;
        checkCode(problems, code, creating, existing.isPresent(), "role profile");
        String name = required(problems, "name", draft.name(), 200, "Give the role profile a name.");
        String summary = optional(problems, "summary", draft.summary(), 1000);
        String purpose = optional(problems, "purpose", draft.purpose(), 4000);
        List<String> responsibilities = lines(draft.responsibilities());
        ProficiencyScale scale = creating
                ? em.createQuery("select s from ProficiencyScale s where s.code = :code", ProficiencyScale.class)
                        .setParameter("code", draft.scaleCode()).getResultStream().findFirst().orElse(null)
                : existing.map(RoleProfile::getScale).orElse(null);
        if (scale == null) {
            problems.add("scale", "Choose the proficiency scale the profile's target levels are on.");
        }
        List<Map.Entry<Skill, ProficiencyLevel>> targets = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> alreadyTargeted = new HashSet<>();
        existing.ifPresent(p -> p.getTargets().forEach(t -> alreadyTargeted.add(t.getSkill().getCode())));
        List<TargetDraft> drafts = draft.targets() == null ? List.of() : draft.targets();
        for (int i = 0; i < drafts.size(); i++) {
            TargetDraft target = drafts.get(i);
            String field = "targets:" + i + ":skill";
            String skillCode = upper(target.skillCode());
            if (skillCode == null) {
                problems.add(field, "Choose a skill for every row.");
                continue;
            }
            if (!seen.add(skillCode)) {
                problems.add(field, skillCode + " is listed twice; give each skill one target level.");
                continue;
            }
            Skill skill = skill(skillCode).orElse(null);
            if (skill == null || (skill.isArchived() && !alreadyTargeted.contains(skillCode))) {
                problems.add(field, "There is no skill " + skillCode + " in use.");
                continue;
            }
            if (scale != null) {
                Optional<ProficiencyLevel> level = scale.level(target.levelOrdinal());
                if (level.isEmpty()) {
                    problems.add("targets:" + i + ":level", "The target level of " + skillCode + " must be a level of the scale " + scale.getName()
                            + " (1 to " + scale.getMaxOrdinal() + ").");
                } else {
                    targets.add(new SimpleEntry<>(skill, level.get()));
                }
            }
        }
        if (drafts.isEmpty()) {
            problems.add("targets", "Give the profile at least one skill with a target level.");
        }
        if (!creating) {
            existing.ifPresent(p -> checkVersion(problems, draft.version(), p.getVersion()));
        }
        problems.throwIfAny();

        RoleProfile profile;
        Map<String, String> before = null;
        if (creating) {
            profile = new RoleProfile(code, name, scale);
            em.persist(profile);
        } else {
            profile = existing.orElseThrow();
            before = describe(profile);
        }
        profile.describe(name, summary, purpose, responsibilities);
        profile.setTargets(targets);
        if (creating) {
            audit.record(AuditAction.CREATE, "RoleProfile", code, Changes.of(describe(profile)));
        } else {
            audit.record(AuditAction.UPDATE, "RoleProfile", code, Changes.between(before, describe(profile)));
        }
        em.flush();
        return profile;
    }

    public void archiveProfile(String code, boolean archived) {
        RoleProfile profile = profile(upper(code)).orElseThrow(() -> InvalidInput.of(null, "There is no role profile " + code + "."));
        if (profile.isArchived() == archived) {
            return;
        }
        if (archived) {
            profile.archive();
        } else {
            profile.restore();
        }
        audit.record(archived ? AuditAction.ARCHIVE : AuditAction.RESTORE, "RoleProfile", profile.getCode(), null);
    }

    // ---- proficiency scales

    /**
     * Creates a scale, or renames and re-describes one. Levels may be added at the top of a scale;
     * none is ever taken away, since ratings and targets refer to them.
     */
    public ProficiencyScale saveScale(ScaleDraft draft) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        String code = upper(draft.code());
        Optional<ProficiencyScale> existing = code == null ? Optional.empty()
                : em.createQuery("select s from ProficiencyScale s where upper(s.code) = :code", ProficiencyScale.class)
                        .setParameter("code", code).getResultStream().findFirst();
        boolean creating = draft.version() == null;
        checkCode(problems, code, creating, existing.isPresent(), "scale");
        String name = required(problems, "name", draft.name(), 200, "Give the scale a name.");
        String description = optional(problems, "description", draft.description(), 4000);
        List<LevelDraft> levels = draft.levels() == null ? List.of() : draft.levels();
        if (levels.size() < 2) {
            problems.add("levels", "A scale needs at least two levels.");
        }
        int stored = existing.map(s -> s.getLevels().size()).orElse(0);
        if (!creating && levels.size() < stored) {
            problems.add("levels", "Levels cannot be taken away from a scale: ratings and targets refer to them.");
        }
        Set<String> levelCodes = new HashSet<>();
        for (int i = 0; i < levels.size(); i++) {
            LevelDraft level = levels.get(i);
            String levelCode = trim(level.code());
            if (levelCode == null || levelCode.length() > 16) {
                problems.add("levels:" + i + ":code", "Give the level a code of at most 16 characters, such as e-3.");
            } else if (!levelCodes.add(levelCode.toLowerCase(Locale.ROOT))) {
                problems.add("levels:" + i + ":code", "The level code " + levelCode + " is used twice.");
            }
            required(problems, "levels:" + i + ":name", level.name(), 200, "Give the level a name.");
            required(problems, "levels:" + i + ":description", level.description(), 4000, "Describe what a person at this level does.");
        }
        Integer threshold = draft.thresholdOrdinal();
        if (threshold != null && (threshold < 1 || threshold > levels.size())) {
            problems.add("threshold", "The threshold must be one of the scale's levels.");
        }
        if (!creating) {
            existing.ifPresent(s -> checkVersion(problems, draft.version(), s.getVersion()));
        }
        problems.throwIfAny();

        ProficiencyScale scale;
        Map<String, String> before = null;
        if (creating) {
            scale = new ProficiencyScale(code, name, description, threshold);
            em.persist(scale);
        } else {
            scale = existing.orElseThrow();
            before = describe(scale);
            scale.describe(name, description, threshold);
        }
        List<ProficiencyLevel> current = scale.getLevels();
        for (int i = 0; i < levels.size(); i++) {
            LevelDraft level = levels.get(i);
            if (i < current.size()) {
                current.get(i).describe(trim(level.code()), trim(level.name()), trim(level.description()));
            } else {
                em.persist(scale.addLevel(trim(level.code()), trim(level.name()), trim(level.description())));
            }
        }
        if (creating) {
            audit.record(AuditAction.CREATE, "ProficiencyScale", code, Changes.of(describe(scale)));
        } else {
            audit.record(AuditAction.UPDATE, "ProficiencyScale", code, Changes.between(before, describe(scale)));
        }
        em.flush();
        return scale;
    }

    public void archiveScale(String code, boolean archived) {
        ProficiencyScale scale = em.createQuery("select s from ProficiencyScale s where upper(s.code) = :code", ProficiencyScale.class)
                .setParameter("code", upper(code)).getResultStream().findFirst()
                .orElseThrow(() -> InvalidInput.of(null, "There is no scale " + code + "."));
        if (scale.isArchived() == archived) {
            return;
        }
        if (archived) {
            scale.archive();
        } else {
            scale.restore();
        }
        audit.record(archived ? AuditAction.ARCHIVE : AuditAction.RESTORE, "ProficiencyScale", scale.getCode(), null);
    }

    static Map<String, String> describe(ProficiencyScale s) {
        StringBuilder levels = new StringBuilder();
        s.getLevels().forEach(l -> levels.append(levels.length() == 0 ? "" : ", ").append(l.getCode()).append(' ').append(l.getName()));
        return Changes.fields("name", s.getName(), "description", s.getDescription(),
                "threshold", s.getThresholdOrdinal() == null ? null : String.valueOf(s.getThresholdOrdinal()), "levels", levels.toString());
    }

    // ---- reading for the administration pages

    public List<Skill> findSkills(String text, String groupCode, boolean includeArchived, int first, int pageSize) {
        TypedQuery<Skill> query = em.createQuery("select s from Skill s left join s.group g" + skillWhere(text, groupCode, includeArchived)
                + " order by g.position, s.position, s.code", Skill.class);
        bindSkillQuery(query, text, groupCode);
        return query.setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    public long countSkills(String text, String groupCode, boolean includeArchived) {
        TypedQuery<Long> query = em.createQuery("select count(s) from Skill s left join s.group g"
                + skillWhere(text, groupCode, includeArchived), Long.class);
        bindSkillQuery(query, text, groupCode);
        return query.getSingleResult();
    }

    public Optional<Skill> findSkill(String code) {
        Optional<Skill> skill = skill(upper(code));
        skill.ifPresent(Skill::getIndicators);
        return skill;
    }

    public List<SkillGroup> allGroups() {
        return em.createQuery("select g from SkillGroup g order by g.framework.code, g.position, g.code", SkillGroup.class).getResultList();
    }

    public List<RoleProfile> allProfiles() {
        return em.createQuery("select p from RoleProfile p order by p.archived, p.name", RoleProfile.class).getResultList();
    }

    public Optional<RoleProfile> findProfile(String code) {
        Optional<RoleProfile> profile = profile(upper(code));
        profile.ifPresent(p -> {
            p.getResponsibilities();
            p.getScale().getLevels();
            p.getTargets().forEach(t -> t.getSkill().getName());
        });
        return profile;
    }

    public List<ProficiencyScale> allScales() {
        List<ProficiencyScale> scales = em.createQuery("select s from ProficiencyScale s order by s.name", ProficiencyScale.class).getResultList();
        scales.forEach(ProficiencyScale::getLevels);
        return scales;
    }

    public List<Framework> allFrameworks() {
        return em.createQuery("select f from Framework f order by f.name", Framework.class).getResultList();
    }

    private static String skillWhere(String text, String groupCode, boolean includeArchived) {
        List<String> conditions = new ArrayList<>();
        if (!includeArchived) {
            conditions.add("s.archived = false");
        }
        if (!blank(text)) {
            conditions.add("(lower(s.code) like :text or lower(s.name) like :text)");
        }
        if (!blank(groupCode)) {
            conditions.add("g.code = :group");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static void bindSkillQuery(TypedQuery<?> query, String text, String groupCode) {
        if (!blank(text)) {
            query.setParameter("text", Like.containing(text));
        }
        if (!blank(groupCode)) {
            query.setParameter("group", groupCode);
        }
    }

    // ---- helpers

    private Optional<Skill> skill(String code) {
        return em.createQuery("select s from Skill s where upper(s.code) = :code", Skill.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    private Optional<SkillGroup> group(String code) {
        return em.createQuery("select g from SkillGroup g where upper(g.code) = :code", SkillGroup.class)
                .setParameter("code", upper(code)).getResultStream().findFirst();
    }

    private Optional<RoleProfile> profile(String code) {
        return em.createQuery("select p from RoleProfile p where upper(p.code) = :code", RoleProfile.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    private int nextSkillPosition(SkillGroup group) {
        Integer max = em.createQuery("select max(s.position) from Skill s where s.group = :group", Integer.class)
                .setParameter("group", group).getSingleResult();
        return max == null ? 0 : max + 1;
    }

    private static void checkCode(InvalidInput.Collector problems, String code, boolean creating, boolean exists, String what) {
        if (code == null) {
            problems.add("code", "Give the " + what + " a code. " + CODE_RULE);
        } else if (!CODE.matcher(code).matches()) {
            problems.add("code", CODE_RULE);
        } else if (creating && exists) {
            problems.add("code", "The code " + code + " is taken by another " + what + ".");
        } else if (!creating && !exists) {
            problems.add("code", "There is no " + what + " " + code + " any more.");
        }
    }

    private static void checkVersion(InvalidInput.Collector problems, Long opened, long current) {
        if (!Objects.equals(opened, current)) {
            problems.add(null, CHANGED_MEANWHILE);
        }
    }

    private static String required(InvalidInput.Collector problems, String field, String value, int max, String message) {
        String trimmed = trim(value);
        if (trimmed == null) {
            problems.add(field, message);
        } else if (trimmed.length() > max) {
            problems.add(field, "At most " + max + " characters.");
        }
        return trimmed;
    }

    private static String optional(InvalidInput.Collector problems, String field, String value, int max) {
        String trimmed = trim(value);
        if (trimmed != null && trimmed.length() > max) {
            problems.add(field, "At most " + max + " characters.");
        }
        return trimmed;
    }

    static List<String> lines(List<String> values) {
        return values == null ? List.of() : values.stream().map(FrameworkAdministration::trim).filter(Objects::nonNull).toList();
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String upper(String value) {
        String trimmed = trim(value);
        return trimmed == null ? null : trimmed.toUpperCase(Locale.ROOT);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    static Map<String, String> describe(Skill s) {
        return Changes.fields(
                "name", s.getName(),
                "group", s.getGroup() == null ? null : s.getGroup().getCode(),
                "e-CF", s.getEcfCode(),
                "SFIA", s.getSfiaCode(),
                "description", s.getDescription(),
                "indicators", String.join(" | ", s.getIndicators()));
    }

    static Map<String, String> describe(SkillGroup g) {
        return Changes.fields("name", g.getName(), "position", String.valueOf(g.getPosition()), "description", g.getDescription());
    }

    static Map<String, String> describe(RoleProfile p) {
        StringBuilder targets = new StringBuilder();
        p.getTargets().forEach(t -> targets.append(targets.length() == 0 ? "" : ", ")
                .append(t.getSkill().getCode()).append(' ').append(t.getTargetLevel().getCode()));
        return Changes.fields("name", p.getName(), "summary", p.getSummary(), "purpose", p.getPurpose(),
                "responsibilities", String.join(" | ", p.getResponsibilities()), "targets", targets.toString());
    }
}
