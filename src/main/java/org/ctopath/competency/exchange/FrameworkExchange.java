package org.ctopath.competency.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ctopath.audit.AuditAction;
import org.ctopath.audit.AuditLog;
import org.ctopath.competency.Framework;
import org.ctopath.competency.ProficiencyLevel;
import org.ctopath.competency.ProficiencyScale;
import org.ctopath.competency.Skill;
import org.ctopath.competency.SkillGroup;
import org.ctopath.platform.Restricted;
import org.ctopath.platform.Settings;

/**
 * Exports a framework as CSV or IMS CASE JSON, and imports one: the file is read and checked
 * whole, then checked against what is stored, then applied in one transaction, or not at all.
 * An import adds and updates groups and skills by code; it never removes or archives anything.
 */
@ApplicationScoped
@Restricted("ADMIN")
public class FrameworkExchange {

    public enum Format {
        CSV("text/csv", "csv"), CASE_JSON("application/json", "json");

        private final String contentType;
        private final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        public String contentType() {
            return contentType;
        }

        public String extension() {
            return extension;
        }
    }

    /** What an applied import did. */
    public record Summary(String frameworkCode, int groupsCreated, int groupsUpdated, int skillsCreated, int skillsUpdated) {
        @Override
        public String toString() {
            return "framework " + frameworkCode + ": " + groupsCreated + " group(s) created, " + groupsUpdated + " updated; "
                    + skillsCreated + " skill(s) created, " + skillsUpdated + " updated";
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Settings settings;

    Clock clock = Clock.systemUTC();

    @Transactional
    public Optional<byte[]> export(String frameworkCode, Format format) {
        return framework(frameworkCode).map(f -> {
            FrameworkData data = toData(f);
            String text = format == Format.CSV ? FrameworkCsv.write(data) : CaseJson.write(data, clock.instant(), settings.appUrl());
            return text.getBytes(StandardCharsets.UTF_8);
        });
    }

    @Transactional(rollbackOn = ImportRefused.class)
    public Summary importFramework(byte[] content, Format format) {
        FrameworkData data = format == Format.CSV ? FrameworkCsv.read(content) : CaseJson.read(content);
        List<ImportProblem> problems = new ArrayList<>();
        Optional<Framework> existing = framework(data.code());
        ProficiencyScale scale = scaleFor(data, existing, problems);
        for (FrameworkData.Group group : data.groups()) {
            Optional<SkillGroup> stored = group(group.code());
            if (stored.isPresent() && !stored.get().getFramework().getCode().equals(data.code())) {
                problems.add(new ImportProblem("group " + group.code(), "code",
                        "The group " + group.code() + " belongs to the framework " + stored.get().getFramework().getCode() + "."));
            }
            for (FrameworkData.Skill skill : group.skills()) {
                Optional<Skill> storedSkill = skill(skill.code());
                if (storedSkill.isPresent() && storedSkill.get().getGroup() != null
                        && !storedSkill.get().getGroup().getFramework().getCode().equals(data.code())) {
                    problems.add(new ImportProblem("skill " + skill.code(), "code",
                            "The skill " + skill.code() + " belongs to the framework " + storedSkill.get().getGroup().getFramework().getCode() + "."));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRefused(problems);
        }

        Framework framework = existing.orElseGet(() -> {
            Framework created = new Framework(data.code(), data.name(), scale);
            em.persist(created);
            return created;
        });
        framework.describe(data.name(), data.description() != null ? data.description() : framework.getDescription());
        int groupsCreated = 0;
        int groupsUpdated = 0;
        int skillsCreated = 0;
        int skillsUpdated = 0;
        int groupPosition = 0;
        for (FrameworkData.Group groupData : data.groups()) {
            Optional<SkillGroup> stored = group(groupData.code());
            SkillGroup group;
            if (stored.isPresent()) {
                group = stored.get();
                groupsUpdated++;
            } else {
                group = new SkillGroup(framework, groupData.code(), groupData.name(), groupPosition);
                em.persist(group);
                groupsCreated++;
            }
            group.describe(groupData.name(), groupData.description(), groupPosition++);
            int skillPosition = 0;
            for (FrameworkData.Skill skillData : groupData.skills()) {
                Optional<Skill> storedSkill = skill(skillData.code());
                Skill skill;
                if (storedSkill.isPresent()) {
                    skill = storedSkill.get();
                    skillsUpdated++;
                } else {
                    skill = new Skill(skillData.code(), skillData.name(), group);
                    em.persist(skill);
                    skillsCreated++;
                }
                skill.describe(skillData.name(), skillData.description(), skillData.ecfCode(), skillData.sfiaCode(), skillData.indicators());
                skill.placeIn(group, skillPosition++);
            }
        }
        Summary summary = new Summary(data.code(), groupsCreated, groupsUpdated, skillsCreated, skillsUpdated);
        audit.record(AuditAction.IMPORT, "Framework", data.code(), format + " import: " + summary);
        em.flush();
        return summary;
    }

    /** The scale the framework is rated on: the stored one, or the one the file carries (created if new). */
    private ProficiencyScale scaleFor(FrameworkData data, Optional<Framework> existing, List<ImportProblem> problems) {
        FrameworkData.Scale wanted = data.scale();
        Optional<ProficiencyScale> stored = em.createQuery("select s from ProficiencyScale s where s.code = :code", ProficiencyScale.class)
                .setParameter("code", wanted.code()).getResultStream().findFirst();
        if (existing.isPresent() && !existing.get().getScale().getCode().equals(wanted.code())) {
            problems.add(new ImportProblem("framework " + data.code(), "scale",
                    "The framework is rated on the scale " + existing.get().getScale().getCode() + ", not " + wanted.code() + "."));
            return null;
        }
        if (stored.isPresent()) {
            ProficiencyScale scale = stored.get();
            if (!wanted.levels().isEmpty()) {
                List<String> storedCodes = scale.getLevels().stream().map(ProficiencyLevel::getCode).toList();
                List<String> fileCodes = wanted.levels().stream().map(FrameworkData.Level::code).toList();
                if (!storedCodes.equals(fileCodes)) {
                    problems.add(new ImportProblem("scale " + wanted.code(), "levels", "The scale " + wanted.code()
                            + " is stored with the levels " + storedCodes + "; the file gives " + fileCodes + "."));
                }
            }
            return scale;
        }
        if (wanted.levels().isEmpty()) {
            problems.add(new ImportProblem("scale " + wanted.code(), "scale_code", "There is no scale " + wanted.code()
                    + ". Import the framework as IMS CASE JSON, which carries its scale, or use a scale that exists."));
            return null;
        }
        ProficiencyScale scale = new ProficiencyScale(wanted.code(), wanted.name() == null ? wanted.code() : wanted.name(),
                wanted.description(), wanted.thresholdOrdinal());
        wanted.levels().forEach(l -> scale.addLevel(l.code(), l.name(), l.description()));
        em.persist(scale);
        return scale;
    }

    public List<Framework> frameworks() {
        return em.createQuery("select f from Framework f order by f.name", Framework.class).getResultList();
    }

    /** The framework as it travels: every group and skill, archived ones too, in order. */
    static FrameworkData toData(Framework framework) {
        ProficiencyScale scale = framework.getScale();
        FrameworkData.Scale scaleData = new FrameworkData.Scale(scale.getCode(), scale.getName(), scale.getDescription(),
                scale.getThresholdOrdinal(), scale.getLevels().stream()
                .map(l -> new FrameworkData.Level(l.getCode(), l.getName(), l.getDescription())).toList());
        return new FrameworkData(framework.getCode(), framework.getName(), framework.getDescription(), scaleData,
                framework.getGroups().stream().map(g -> new FrameworkData.Group(g.getCode(), g.getName(), g.getDescription(),
                        g.getSkills().stream().map(s -> new FrameworkData.Skill(s.getCode(), s.getName(), s.getDescription(),
                                s.getEcfCode(), s.getSfiaCode(), s.getIndicators())).toList())).toList());
    }

    private Optional<Framework> framework(String code) {
        return em.createNamedQuery(Framework.BY_CODE, Framework.class).setParameter("code", code).getResultStream().findFirst();
    }

    private Optional<SkillGroup> group(String code) {
        return em.createQuery("select g from SkillGroup g where g.code = :code", SkillGroup.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    private Optional<Skill> skill(String code) {
        return em.createQuery("select s from Skill s where s.code = :code", Skill.class)
                .setParameter("code", code).getResultStream().findFirst();
    }
}
