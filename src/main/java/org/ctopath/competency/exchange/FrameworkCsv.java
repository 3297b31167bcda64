package org.ctopath.competency.exchange;

import static org.ctopath.competency.FrameworkAdministration.CODE;
import static org.ctopath.competency.FrameworkAdministration.ECF_CODE;
import static org.ctopath.competency.FrameworkAdministration.SFIA_CODE;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * A framework as CSV: one row per skill, with its group and framework repeated on every row, and
 * its indicators separated by " | ". The scale is named by its code and must exist where the file
 * is imported (the IMS CASE format carries the scale itself).
 */
public final class FrameworkCsv {

    public static final List<String> COLUMNS = List.of("framework_code", "framework_name", "scale_code", "group_code",
            "group_name", "group_description", "skill_code", "skill_name", "skill_description", "ecf_code", "sfia_code",
            "indicators");
    static final String INDICATOR_SEPARATOR = " | ";

    private static final CSVFormat WRITE = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get();
    private static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).setTrim(true).get();

    private FrameworkCsv() {
    }

    public static String write(FrameworkData framework) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, WRITE)) {
            for (FrameworkData.Group group : framework.groups()) {
                for (FrameworkData.Skill skill : group.skills()) {
                    printer.printRecord(framework.code(), framework.name(), framework.scale().code(), group.code(), group.name(),
                            group.description(), skill.code(), skill.name(), skill.description(), skill.ecfCode(), skill.sfiaCode(),
                            String.join(INDICATOR_SEPARATOR, skill.indicators()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Reads and checks the whole file; every problem found is reported at once. */
    public static FrameworkData read(byte[] content) {
        String text = ImportFiles.text(content);
        List<ImportProblem> problems = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), READ)) {
            List<String> header = parser.getHeaderNames();
            List<String> missing = COLUMNS.stream().filter(c -> !header.contains(c)).toList();
            List<String> unknown = header.stream().filter(c -> !COLUMNS.contains(c)).toList();
            if (!missing.isEmpty() || !unknown.isEmpty()) {
                throw new ImportRefused(List.of(new ImportProblem("line 1", String.join(", ", missing.isEmpty() ? unknown : missing),
                        (missing.isEmpty() ? "Unknown column(s). " : "Missing column(s). ") + "The columns are: " + String.join(", ", COLUMNS) + ".")));
            }
            String frameworkCode = null;
            String frameworkName = null;
            String scaleCode = null;
            Map<String, GroupBuilder> groups = new LinkedHashMap<>();
            Set<String> skillCodes = new HashSet<>();
            for (CSVRecord row : parser) {
                String line = "line " + (parser.getCurrentLineNumber());
                if (!row.isConsistent()) {
                    problems.add(new ImportProblem(line, "", "The row has " + row.size() + " values; the header has " + header.size() + "."));
                    continue;
                }
                String fc = upper(row.get("framework_code"));
                String gc = upper(row.get("group_code"));
                String sc = upper(row.get("skill_code"));
                if (frameworkCode == null) {
                    frameworkCode = fc;
                    frameworkName = row.get("framework_name");
                    scaleCode = upper(row.get("scale_code"));
                    required(problems, line, "framework_code", fc);
                    required(problems, line, "framework_name", frameworkName);
                    required(problems, line, "scale_code", scaleCode);
                } else if (fc == null || !fc.equals(frameworkCode)) {
                    problems.add(new ImportProblem(line, "framework_code", "A file holds one framework: every row must say " + frameworkCode + "."));
                }
                checkCode(problems, line, "framework_code", fc);
                checkCode(problems, line, "group_code", gc);
                checkCode(problems, line, "skill_code", sc);
                required(problems, line, "group_name", row.get("group_name"));
                required(problems, line, "skill_name", row.get("skill_name"));
                if (sc != null && !skillCodes.add(sc)) {
                    problems.add(new ImportProblem(line, "skill_code", "The skill " + sc + " appears twice in the file."));
                }
                String ecf = upper(row.get("ecf_code"));
                if (ecf != null && !ECF_CODE.matcher(ecf).matches()) {
                    problems.add(new ImportProblem(line, "ecf_code", "An e-CF code is an area letter A to E, a dot and a number, such as A.5."));
                }
                String sfia = upper(row.get("sfia_code"));
                if (sfia != null && !SFIA_CODE.matcher(sfia).matches()) {
                    problems.add(new ImportProblem(line, "sfia_code", "A SFIA code is four capital letters, such as ITSP."));
                }
                List<String> indicators = Arrays.stream(row.get("indicators").split("\\s*\\|\\s*"))
                        .map(String::trim).filter(i -> !i.isEmpty()).toList();
                if (indicators.isEmpty()) {
                    problems.add(new ImportProblem(line, "indicators", "Give at least one behavioural indicator, separated by |."));
                }
                if (gc == null) {
                    continue;
                }
                GroupBuilder group = groups.computeIfAbsent(gc, c -> new GroupBuilder(c, row.get("group_name"), blankToNull(row.get("group_description"))));
                if (!group.name.equals(row.get("group_name"))) {
                    problems.add(new ImportProblem(line, "group_name", "The group " + gc + " is named '" + group.name + "' on an earlier line."));
                }
                group.skills.add(new FrameworkData.Skill(sc, row.get("skill_name"), blankToNull(row.get("skill_description")), ecf, sfia, indicators));
            }
            if (frameworkCode == null && problems.isEmpty()) {
                problems.add(ImportProblem.ofFile("The file has a header but no skills."));
            }
            if (!problems.isEmpty()) {
                throw new ImportRefused(problems);
            }
            return new FrameworkData(frameworkCode, frameworkName, null,
                    new FrameworkData.Scale(scaleCode, null, null, null, List.of()),
                    groups.values().stream().map(g -> new FrameworkData.Group(g.code, g.name, g.description, List.copyOf(g.skills))).toList());
        } catch (IOException | IllegalArgumentException | UncheckedIOException e) {
            ImportFiles.NotCsv broken = ImportFiles.notCsv(e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e, 0);
            throw new ImportRefused(List.of(broken.line() == 0 ? ImportProblem.ofFile(broken.reason())
                    : new ImportProblem("line " + broken.line(), "", broken.reason())));
        }
    }

    private static void required(List<ImportProblem> problems, String line, String column, String value) {
        if (value == null || value.isBlank()) {
            problems.add(new ImportProblem(line, column, "This value is required."));
        }
    }

    private static void checkCode(List<ImportProblem> problems, String line, String column, String code) {
        if (code == null) {
            problems.add(new ImportProblem(line, column, "This value is required."));
        } else if (!CODE.matcher(code).matches()) {
            problems.add(new ImportProblem(line, column, "'" + code + "' is not a code: use 2 to 32 capital letters, digits and hyphens."));
        }
    }

    private static String upper(String value) {
        return value == null || value.isBlank() ? null : value.trim().toUpperCase(Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static final class GroupBuilder {
        final String code;
        final String name;
        final String description;
        final List<FrameworkData.Skill> skills = new ArrayList<>();

        GroupBuilder(String code, String name, String description) {
            this.code = code;
            this.name = name;
            this.description = description;
        }
    }
}
