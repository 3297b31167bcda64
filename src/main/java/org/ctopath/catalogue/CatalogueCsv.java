package org.ctopath.catalogue;

import org.ctopath.platform.InvalidInput;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.ctopath.competency.exchange.ImportFiles;
import org.ctopath.platform.TextLines;

/**
 * The catalogue as a CSV file, one resource a row, and the check of a file before it is imported:
 * every problem of every row is found before anything is saved, so that a file is applied whole or
 * not at all. Plain Java: the server supplies the {@link CatalogueFacts}.
 */
public final class CatalogueCsv {

    public static final int MAX_BYTES = 2 * 1024 * 1024;

    /** The columns, in the order an export writes them; an import takes them in any order. */
    public static final List<String> COLUMNS = List.of("code", "kind", "title", "provider", "url", "language",
            "effort_hours", "cost_amount", "cost_currency", "description", "skills", "issuing_body", "scheme",
            "exam_questions", "exam_pass_mark", "exam_minutes", "exam_minutes_non_native", "prerequisites");

    private static final List<String> CERTIFICATION_COLUMNS = COLUMNS.subList(COLUMNS.indexOf("issuing_body"), COLUMNS.size());

    /** The column of each field of {@link ResourceData} that a file carries. */
    private static final Map<String, String> COLUMN_OF_FIELD = Map.ofEntries(
            Map.entry("code", "code"), Map.entry("kind", "kind"), Map.entry("title", "title"),
            Map.entry("provider", "provider"), Map.entry("url", "url"), Map.entry("language", "language"),
            Map.entry("effortHours", "effort_hours"), Map.entry("costAmount", "cost_amount"),
            Map.entry("costCurrency", "cost_currency"), Map.entry("description", "description"),
            Map.entry("issuingBody", "issuing_body"), Map.entry("scheme", "scheme"),
            Map.entry("examQuestions", "exam_questions"), Map.entry("examPassMark", "exam_pass_mark"),
            Map.entry("examMinutes", "exam_minutes"), Map.entry("examMinutesNonNative", "exam_minutes_non_native"),
            Map.entry("prerequisites", "prerequisites"));

    private static final Pattern SKILL_RANGE = Pattern.compile("([^:]+):(\\d{1,3})-(\\d{1,3})");
    private static final Pattern SKILL_FIELD = Pattern.compile("skills\\[(\\d+)]\\..*");

    private CatalogueCsv() {
    }

    /** A row of a file that passed the check, and whether it creates a resource or updates one. */
    public record Row(int line, ResourceData data, boolean creating) implements Serializable {
    }

    /** What is wrong, where: line 0 is the file as a whole; no column, the row as a whole. */
    public record Problem(int line, String column, String reason) implements Serializable {
    }

    /** The checked file: rows to apply in an order where prerequisites come first, or the problems. */
    public record Plan(List<Row> rows, List<Problem> problems) implements Serializable {

        public boolean isValid() {
            return problems.isEmpty();
        }
    }

    /** The resources as a CSV file in UTF-8, with a header row. */
    public static byte[] write(List<ResourceData> resources) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new)).get())) {
            for (ResourceData r : resources) {
                boolean certification = r.isCertification();
                printer.printRecord(r.getCode(), r.getKind(), r.getTitle(), r.getProvider(), r.getUrl(), r.getLanguage(),
                        number(r.getEffortHours()), number(r.getCostAmount()), r.getCostCurrency(), r.getDescription(),
                        r.getSkillsText(),
                        certification ? r.getIssuingBody() : null, certification ? r.getSchemeCode() : null,
                        certification ? r.getExamQuestions() : null, certification ? r.getExamPassMark() : null,
                        certification ? r.getExamMinutes() : null, certification ? r.getExamMinutesNonNative() : null,
                        certification ? r.getPrerequisitesText() : null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Checks a whole file against the catalogue as it stands: its size, encoding, header and every
     * value of every row, codes it names, duplicates, and prerequisite cycles across the file and
     * the catalogue.
     */
    public static Plan check(byte[] file, CatalogueFacts facts) {
        if (file.length > MAX_BYTES) {
            return refused("The file is larger than 2 MB (" + file.length + " bytes); split it into smaller files.");
        }
        String text;
        try {
            text = decodeUtf8(file);
        } catch (NotUtf8 e) {
            return new Plan(List.of(), List.of(new Problem(e.line, null,
                    "The file is not UTF-8 text. Save it as \"CSV UTF-8\" and upload it again.")));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // the byte order mark spreadsheet programs write
        }
        if (text.isBlank()) {
            return refused("The file is empty.");
        }
        List<CSVRecord> records;
        try {
            records = ImportFiles.records(text, CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get());
        } catch (ImportFiles.NotCsv e) {
            return new Plan(List.of(), List.of(new Problem((int) e.line(), null, e.reason())));
        }
        return checkRecords(records, new TextLines(text), facts);
    }

    private static Plan checkRecords(List<CSVRecord> records, TextLines lines, CatalogueFacts facts) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> header = header(records.get(0), problems);
        if (!problems.isEmpty()) {
            return new Plan(List.of(), problems);
        }
        if (records.size() == 1) {
            return refused("The file has a header but no resources under it.");
        }
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> lineOfCode = new HashMap<>();
        for (CSVRecord record : records.subList(1, records.size())) {
            int line = lines.lineAt(record.getCharacterPosition());
            if (record.size() != header.size()) {
                problems.add(new Problem(line, null, "This row has " + record.size() + " values where the header has "
                        + header.size() + ". A value with a comma needs double quotes around it."));
                continue;
            }
            Map<String, String> values = new HashMap<>();
            header.forEach((column, index) -> values.put(column, blankToNull(record.get(index))));
            List<Problem> rowProblems = new ArrayList<>();
            ResourceData data = read(values, line, rowProblems).normalised();
            if (data.getCode() != null) {
                String key = data.getCode().toUpperCase(Locale.ROOT);
                Integer first = lineOfCode.putIfAbsent(key, line);
                if (first != null) {
                    rowProblems.add(new Problem(line, "code", "The code " + data.getCode() + " is already on line " + first + "."));
                }
            }
            problems.addAll(rowProblems);
            rows.add(new Row(line, data, data.getCode() == null || facts.kindOf(data.getCode()).isEmpty()));
        }
        // Prerequisites may name certifications the file itself creates. With those codes known, each
        // row is checked as an update: a code the file repeats was reported above, and an existing
        // resource keeps its kind in the facts, so that a certification cannot turn into a book.
        CatalogueFacts known = facts.copy();
        rows.stream().filter(r -> r.creating() && r.data().getCode() != null && r.data().getKind() != null)
                .forEach(r -> known.resource(r.data().getCode(), r.data().getKind()));
        for (Row row : rows) {
            Set<String> columnsAtFault = problems.stream().filter(p -> p.line() == row.line()).map(Problem::column)
                    .collect(Collectors.toSet());
            for (InvalidInput.Problem problem : ResourceRules.check(row.data(), false, known)) {
                Problem located = locate(row, problem);
                if (!columnsAtFault.contains(located.column())) {
                    problems.add(located);
                }
            }
        }
        cycle(rows, facts).ifPresent(problems::add);
        problems.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line())
                : Integer.compare(columnOrder(a.column()), columnOrder(b.column())));
        return problems.isEmpty() ? new Plan(prerequisitesFirst(rows), List.of()) : new Plan(List.of(), problems);
    }

    /** The columns by name, each exactly once, and none unknown. */
    private static Map<String, Integer> header(CSVRecord record, List<Problem> problems) {
        Map<String, Integer> header = new LinkedHashMap<>();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).strip().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name)) {
                problems.add(new Problem(1, record.get(i), "Unknown column. The columns are: " + String.join(", ", COLUMNS) + "."));
            } else if (header.putIfAbsent(name, i) != null) {
                problems.add(new Problem(1, name, "This column appears twice."));
            }
        }
        COLUMNS.stream().filter(c -> !header.containsKey(c))
                .forEach(c -> problems.add(new Problem(1, c, "This column is missing.")));
        return header;
    }

    /** A row's values as resource data; what cannot be read is a problem, and left empty. */
    private static ResourceData read(Map<String, String> values, int line, List<Problem> problems) {
        ResourceData data = new ResourceData();
        data.setCode(values.get("code"));
        String kind = values.get("kind");
        if (kind != null) {
            try {
                data.setKind(ResourceKind.valueOf(kind.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(line, "kind", "'" + kind + "' is not a kind. The kinds are: "
                        + Arrays.stream(ResourceKind.values()).map(Enum::name).collect(Collectors.joining(", ")) + "."));
            }
        }
        data.setTitle(values.get("title"));
        data.setProvider(values.get("provider"));
        data.setUrl(values.get("url"));
        data.setLanguage(values.get("language"));
        data.setEffortHours(decimal(values, "effort_hours", line, problems));
        data.setCostAmount(decimal(values, "cost_amount", line, problems));
        data.setCostCurrency(values.get("cost_currency"));
        data.setDescription(values.get("description"));
        data.setSkills(skills(values.get("skills"), line, problems));
        if (data.isCertification()) {
            data.setIssuingBody(values.get("issuing_body"));
            data.setSchemeCode(values.get("scheme"));
            data.setExamQuestions(whole(values, "exam_questions", line, problems));
            data.setExamPassMark(whole(values, "exam_pass_mark", line, problems));
            data.setExamMinutes(whole(values, "exam_minutes", line, problems));
            data.setExamMinutesNonNative(whole(values, "exam_minutes_non_native", line, problems));
            data.setPrerequisiteCodes(split(values.get("prerequisites")));
        } else if (data.getKind() != null) {
            CERTIFICATION_COLUMNS.stream().filter(c -> values.get(c) != null).forEach(c -> problems.add(new Problem(line, c,
                    "Only a certification has this; leave it empty for a " + data.getKind().getLabel().toLowerCase(Locale.ROOT) + ".")));
        }
        return data;
    }

    private static BigDecimal decimal(Map<String, String> values, String column, int line, List<Problem> problems) {
        return number(values, column, BigDecimal::new, "is not a number. Write it with a point for decimals, such as 12.5.", line, problems);
    }

    private static Integer whole(Map<String, String> values, String column, int line, List<Problem> problems) {
        return number(values, column, Integer::valueOf, "is not a whole number.", line, problems);
    }

    /** The column's number; none if it is empty, or a problem if it is not a number. */
    private static <T> T number(Map<String, String> values, String column, Function<String, T> parse, String notOne,
                                int line, List<Problem> problems) {
        String value = values.get(column);
        try {
            return value == null ? null : parse.apply(value.strip());
        } catch (NumberFormatException e) {
            problems.add(new Problem(line, column, "'" + value + "' " + notOne));
            return null;
        }
    }

    /** {@code ARCH-DESIGN:3-4|PLANNING:2-3} */
    private static List<ResourceData.SkillRow> skills(String value, int line, List<Problem> problems) {
        List<ResourceData.SkillRow> rows = new ArrayList<>();
        for (String item : split(value)) {
            Matcher range = SKILL_RANGE.matcher(item);
            if (range.matches()) {
                rows.add(new ResourceData.SkillRow(range.group(1).strip(), Integer.valueOf(range.group(2)), Integer.valueOf(range.group(3))));
            } else {
                problems.add(new Problem(line, "skills", "'" + item + "' is not a skill with levels. Write SKILL-CODE:from-to, such as ARCH-DESIGN:3-4."));
            }
        }
        return rows;
    }

    private static List<String> split(String value) {
        return value == null ? List.of()
                : Arrays.stream(value.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** A rule's problem at its row and column; a skill's problem names the skill as the file has it. */
    private static Problem locate(Row row, InvalidInput.Problem problem) {
        if (problem.field() == null) {
            return new Problem(row.line(), null, problem.message());
        }
        Matcher skill = SKILL_FIELD.matcher(problem.field());
        if (skill.matches()) {
            ResourceData.SkillRow range = row.data().getSkills().get(Integer.parseInt(skill.group(1)));
            return new Problem(row.line(), "skills", "'" + range + "': " + problem.message());
        }
        return new Problem(row.line(), COLUMN_OF_FIELD.getOrDefault(problem.field(), problem.field()), problem.message());
    }

    /** A cycle the file's prerequisites would close with the catalogue's, at the line of a certification on it. */
    private static Optional<Problem> cycle(List<Row> rows, CatalogueFacts facts) {
        Map<String, Row> certifications = new HashMap<>();
        rows.stream().filter(r -> r.data().isCertification() && r.data().getCode() != null)
                .forEach(r -> certifications.put(r.data().getCode(), r));
        PrerequisiteGraph graph = facts.prerequisitesWithout(certifications.keySet());
        certifications.forEach((code, row) -> row.data().getPrerequisiteCodes().forEach(p -> graph.add(code, p)));
        return graph.anyCycle().map(found -> {
            // told from the file's first certification on the cycle: its row is the one to correct
            List<String> steps = new ArrayList<>(found.subList(0, found.size() - 1));
            Optional<String> first = steps.stream().filter(certifications::containsKey)
                    .min(Comparator.comparingInt(c -> certifications.get(c).line()));
            first.ifPresent(c -> Collections.rotate(steps, -steps.indexOf(c)));
            steps.add(steps.get(0));
            return new Problem(first.map(c -> certifications.get(c).line()).orElse(0), "prerequisites",
                    "Prerequisites would form a cycle: " + ResourceRules.describeCycle(steps) + ".");
        });
    }

    /** The rows in an order where every certification comes after the certifications of the file it requires. */
    private static List<Row> prerequisitesFirst(List<Row> rows) {
        Map<String, Row> byCode = new LinkedHashMap<>();
        rows.forEach(r -> byCode.put(r.data().getCode(), r));
        Set<String> placed = new LinkedHashSet<>();
        byCode.keySet().forEach(code -> place(code, byCode, placed, new HashSet<>()));
        return placed.stream().map(byCode::get).toList();
    }

    private static void place(String code, Map<String, Row> byCode, Set<String> placed, Set<String> visiting) {
        Row row = byCode.get(code);
        if (row == null || placed.contains(code) || !visiting.add(code)) {
            return;
        }
        row.data().getPrerequisiteCodes().forEach(p -> place(p, byCode, placed, visiting));
        placed.add(code);
    }

    private static int columnOrder(String column) {
        int index = column == null ? -1 : COLUMNS.indexOf(column);
        return index < 0 ? COLUMNS.size() : index;
    }

    private static Plan refused(String reason) {
        return new Plan(List.of(), List.of(new Problem(0, null, reason)));
    }

    private static String number(BigDecimal number) {
        return number == null ? null : number.stripTrailingZeros().toPlainString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** Strict UTF-8: a malformed byte is reported with its line, never replaced. */
    private static String decodeUtf8(byte[] file) throws NotUtf8 {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(file);
        CharBuffer out = CharBuffer.allocate(file.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (file[i] == '\n') {
                    line++;
                }
            }
            throw new NotUtf8(line);
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static final class NotUtf8 extends Exception {

        private static final long serialVersionUID = 1L;
        private final int line;

        NotUtf8(int line) {
            super(null, null, false, false);
            this.line = line;
        }
    }
}
