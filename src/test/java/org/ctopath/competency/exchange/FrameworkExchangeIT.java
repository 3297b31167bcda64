package org.ctopath.competency.exchange;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.ctopath.audit.AuditEntry;
import org.ctopath.audit.AuditLog;
import org.ctopath.competency.Framework;
import org.ctopath.competency.FrameworkAdministration;
import org.ctopath.competency.exchange.FrameworkExchange.Format;
import org.ctopath.competency.exchange.FrameworkExchange.Summary;
import org.ctopath.testing.Deployments;
import org.ctopath.testing.callers.AsSystem;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Exporting and importing frameworks against the database. The shipped framework is exported,
 * every code in it given a fresh suffix (as if imported where none of it exists yet), imported,
 * and exported again: the two must be the same framework.
 */
@ExtendWith({ArquillianExtension.class, AsSystem.class})
class FrameworkExchangeIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.application();
    }

    @Inject
    FrameworkExchange exchange;

    @Inject
    FrameworkAdministration admin;

    @Inject
    AuditLog audit;

    private static String suffix() {
        return "-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    /** The same framework with every code renamed, so that none of it is stored yet. */
    private static FrameworkData renamed(FrameworkData f, String suffix, boolean renameScale) {
        FrameworkData.Scale scale = renameScale
                ? new FrameworkData.Scale(f.scale().code() + suffix, f.scale().name(), f.scale().description(), f.scale().thresholdOrdinal(), f.scale().levels())
                : f.scale();
        return new FrameworkData(f.code() + suffix, f.name(), f.description(), scale, f.groups().stream()
                .map(g -> new FrameworkData.Group(g.code() + suffix, g.name(), g.description(), g.skills().stream()
                        .map(s -> new FrameworkData.Skill(shorten(s.code(), suffix), s.name(), s.description(), s.ecfCode(), s.sfiaCode(), s.indicators()))
                        .toList()))
                .toList());
    }

    private static String shorten(String code, String suffix) {
        String base = code.length() + suffix.length() > 32 ? code.substring(0, 32 - suffix.length()) : code;
        return base + suffix;
    }

    private FrameworkData exported(String code, Format format) {
        byte[] file = exchange.export(code, format).orElseThrow();
        return format == Format.CSV ? FrameworkCsv.read(file) : CaseJson.read(file);
    }

    @Test
    void theCaseExportOfTheShippedFrameworkImportsAsTheSameFrameworkWhereNoneOfItExists() {
        String suffix = suffix();
        FrameworkData original = renamed(exported(Framework.CTO_PATH, Format.CASE_JSON), suffix, true);
        int skills = original.groups().stream().mapToInt(g -> g.skills().size()).sum();
        assertTrue(skills >= 33, "the shipped skills, and any other tests added");

        Summary summary = exchange.importFramework(CaseJson.write(original, Instant.now(), "http://localhost:8080").getBytes(UTF_8), Format.CASE_JSON);

        assertEquals(new Summary(Framework.CTO_PATH + suffix, original.groups().size(), 0, skills, 0), summary);
        assertEquals(original, exported(Framework.CTO_PATH + suffix, Format.CASE_JSON));
        AuditEntry entry = audit.page(Framework.CTO_PATH + suffix, 0, 1).get(0);
        assertEquals("IMPORT", entry.getAction().name());
        assertTrue(entry.getDetails().contains(skills + " skill(s) created"), entry.getDetails());
    }

    @Test
    void theCsvExportImportsAsTheSameFrameworkOnAStoredScale() {
        String suffix = suffix();
        FrameworkData original = renamed(exported(Framework.CTO_PATH, Format.CSV), suffix, false);

        exchange.importFramework(FrameworkCsv.write(original).getBytes(UTF_8), Format.CSV);

        FrameworkData again = exported(Framework.CTO_PATH + suffix, Format.CSV);
        assertEquals(original.groups(), again.groups());
        assertEquals("ECF", again.scale().code());
    }

    @Test
    void aFileWithOneBadRowChangesNothing() {
        String suffix = suffix();
        String csv = String.join(",", FrameworkCsv.COLUMNS) + "\r\n"
                + "NEW" + suffix + ",New framework,ECF,G" + suffix + ",Group,,GOOD" + suffix + ",Good skill,,,,Do good\r\n"
                + "NEW" + suffix + ",New framework,ECF,G" + suffix + ",Group,,ARCH-DESIGN,Taken,,,,Clash\r\n";

        ImportRefused refused = assertThrows(ImportRefused.class, () -> exchange.importFramework(csv.getBytes(UTF_8), Format.CSV));

        assertEquals(List.of(new ImportProblem("skill ARCH-DESIGN", "code", "The skill ARCH-DESIGN belongs to the framework CTO-PATH.")),
                refused.getProblems());
        assertTrue(exchange.export("NEW" + suffix, Format.CSV).isEmpty(), "no framework was created");
        assertTrue(admin.findSkill("GOOD" + suffix).isEmpty(), "no skill was created");
        assertEquals("Architecture Design", admin.findSkill("ARCH-DESIGN").orElseThrow().getName());
    }

    @Test
    void aCsvOnAScaleThatDoesNotExistIsRefusedWithAWayOut() {
        String suffix = suffix();
        String csv = String.join(",", FrameworkCsv.COLUMNS) + "\r\n"
                + "NEW" + suffix + ",New framework,NO-SUCH-SCALE,G" + suffix + ",Group,,S" + suffix + ",Skill,,,,Do\r\n";

        ImportRefused refused = assertThrows(ImportRefused.class, () -> exchange.importFramework(csv.getBytes(UTF_8), Format.CSV));

        assertTrue(refused.getProblems().get(0).reason().startsWith("There is no scale NO-SUCH-SCALE. Import the framework as IMS CASE JSON"));
    }

    @Test
    void reimportingAnEditedExportUpdatesInPlace() {
        String suffix = suffix();
        FrameworkData original = renamed(exported(Framework.CTO_PATH, Format.CASE_JSON), suffix, false);
        exchange.importFramework(CaseJson.write(original, Instant.now(), "http://localhost:8080").getBytes(UTF_8), Format.CASE_JSON);
        FrameworkData.Group first = original.groups().get(0);
        FrameworkData.Skill skill = first.skills().get(0);
        FrameworkData.Skill edited = new FrameworkData.Skill(skill.code(), "Renamed skill", skill.description(), skill.ecfCode(), skill.sfiaCode(),
                List.of("A new indicator"));
        String csv = FrameworkCsv.write(new FrameworkData(original.code(), original.name(), null, original.scale(),
                List.of(new FrameworkData.Group(first.code(), first.name(), first.description(), List.of(edited)))));

        Summary summary = exchange.importFramework(csv.getBytes(UTF_8), Format.CSV);

        assertEquals(new Summary(original.code(), 0, 1, 0, 1), summary);
        assertEquals("Renamed skill", admin.findSkill(skill.code()).orElseThrow().getName());
        assertEquals(List.of("A new indicator"), admin.findSkill(skill.code()).orElseThrow().getIndicators());
    }
}
