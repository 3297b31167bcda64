package org.ctopath.people;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.ctopath.competency.exchange.ImportFiles;
import org.ctopath.competency.exchange.ImportRefused;
import org.ctopath.identity.Account;
import org.ctopath.identity.Role;
import org.ctopath.identity.Teams;
import org.ctopath.identity.Usernames;
import org.ctopath.platform.TextLines;

/**
 * People as an HR export gives them, one person a row: the check of a whole file before anything of
 * it is saved. {@link #read} checks what a file says by itself (columns, required values, lengths,
 * email shapes, usernames, roles, team paths, usernames twice in the file); {@link #check} then
 * checks it against the people, mentors and role profiles that exist, which the server looks up in
 * bulk for the usernames the file names ({@link Read#usernamesNamed}). Plain Java.
 */
public final class PeopleCsv {

    /** The largest file accepted: 10,000 people take about 1.5 MB. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    public static final String NAME = "name";
    public static final String EMAIL = "email";
    public static final String USERNAME = "username";
    public static final String TEAM = "team";
    public static final String MENTOR = "mentor";
    /** Accepted in place of {@link #MENTOR}: an HR export names a person's manager. */
    public static final String MANAGER = "manager";
    public static final String ROLE_PROFILE = "role_profile";
    public static final String ROLES = "roles";

    /** The columns in the order of the template; {@link #ROLES} may be left out, and they come in any order. */
    public static final List<String> COLUMNS = List.of(NAME, EMAIL, USERNAME, TEAM, MENTOR, ROLE_PROFILE, ROLES);

    static final List<String> REQUIRED = List.of(NAME, EMAIL, USERNAME);

    static final int EMAIL_MAXLENGTH = 254;
    private static final int MAX_TEAM_DEPTH = 20;
    private static final Pattern EMAIL_SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern ROLE_SEPARATOR = Pattern.compile("[;|]");

    private PeopleCsv() {
    }

    /** What is wrong, where: line 0 is the file as a whole; no column, the row as a whole. */
    public record Problem(int line, String column, String message) implements Serializable {

        public String getWhere() {
            return line == 0 ? "File" : String.valueOf(line);
        }

        public String getColumn() {
            return column == null ? "" : column;
        }

        public String getMessage() {
            return message;
        }
    }

    /**
     * A person's row as read: the username and mentor in lower case; the team as its names from the top
     * down (empty: not given); the role profile code in capitals (null: not given); the roles, null when
     * the file gives none for this row.
     */
    public record Row(int line, String name, String email, String username, List<String> team, String mentor,
                      String profile, Set<Role> roles) implements Serializable {

        public boolean hasTeam() {
            return !team.isEmpty();
        }

        /** The team path as an import writes it, {@code Engineering/Platform}. */
        public String teamPath() {
            return String.join(Teams.PATH_SEPARATOR, team);
        }
    }

    /** A file as read by itself: its rows and what is wrong with them. */
    public record Read(List<Row> rows, List<Problem> problems) {

        /** Every username the file names, as a person or as a mentor, for the server to look up. */
        public Set<String> usernamesNamed() {
            Set<String> names = new LinkedHashSet<>();
            for (Row row : rows) {
                names.add(row.username());
                if (row.mentor() != null) {
                    names.add(row.mentor());
                }
            }
            names.remove("");
            return names;
        }
    }

    /** An account that exists, as far as the check needs it. */
    public record Existing(long id, Set<Role> roles, boolean active, Long mentorId) {
    }

    /**
     * What the check needs to know of the database: the accounts the file names (by username), the
     * codes of the role profiles in use, the usernames of the active administrators, and who imports.
     */
    public record Facts(Map<String, Existing> accounts, Set<String> profiles, Set<String> activeAdministrators, String actor) {
    }

    /** A file checked whole: the rows to save, or every problem found (and nothing to save). */
    public record Checked(List<Row> rows, List<Problem> problems) implements Serializable {

        public boolean isValid() {
            return problems.isEmpty();
        }
    }

    /** Reads and checks the file by itself. */
    public static Read read(byte[] file) {
        String text;
        try {
            text = ImportFiles.text(file, MAX_BYTES);
        } catch (ImportRefused e) {
            return refused(e.getProblems().get(0).reason());
        }
        List<CSVRecord> records;
        try {
            records = ImportFiles.records(text, CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get());
        } catch (ImportFiles.NotCsv e) {
            return new Read(List.of(), List.of(new Problem((int) e.line(), null, e.reason())));
        }
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> header = header(records.get(0), problems);
        if (!problems.isEmpty()) {
            return new Read(List.of(), problems);
        }
        if (records.size() == 1) {
            return refused("The file has a header but no people under it.");
        }
        TextLines lines = new TextLines(text);
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> lineOfUsername = new HashMap<>();
        for (CSVRecord record : records.subList(1, records.size())) {
            int line = lines.lineAt(record.getCharacterPosition());
            if (record.size() != header.size()) {
                problems.add(new Problem(line, null, "This row has " + record.size() + " values where the header has "
                        + header.size() + ". A value with a comma needs double quotes around it."));
                continue;
            }
            Map<String, String> values = new HashMap<>();
            header.forEach((column, index) -> {
                String value = record.get(index).strip();
                values.put(column, value.isEmpty() ? null : value);
            });
            Row row = row(line, values, problems);
            if (!row.username().isEmpty()) {
                Integer first = lineOfUsername.putIfAbsent(row.username(), line);
                if (first != null) {
                    problems.add(new Problem(line, USERNAME, "The username " + row.username() + " is already on line " + first + "."));
                }
            }
            rows.add(row);
        }
        return new Read(rows, problems);
    }

    /** The column of each name, mentor for manager; every required column once and nothing unknown. */
    private static Map<String, Integer> header(CSVRecord record, List<Problem> problems) {
        Map<String, Integer> header = new LinkedHashMap<>();
        for (int i = 0; i < record.size(); i++) {
            String given = record.get(i).strip().toLowerCase(Locale.ROOT);
            String name = MANAGER.equals(given) ? MENTOR : given;
            if (!COLUMNS.contains(name)) {
                problems.add(new Problem(1, record.get(i), "Unknown column. The columns are: " + String.join(", ", COLUMNS)
                        + " (or manager in place of mentor)."));
            } else if (header.putIfAbsent(name, i) != null) {
                problems.add(new Problem(1, given, name.equals(MENTOR) ? "Give mentor or manager, not both, and each once."
                        : "This column appears twice."));
            }
        }
        REQUIRED.stream().filter(c -> !header.containsKey(c)).forEach(c -> problems.add(new Problem(1, c, "This column is missing.")));
        return header;
    }

    private static Row row(int line, Map<String, String> values, List<Problem> problems) {
        String name = values.get(NAME);
        if (name == null) {
            problems.add(new Problem(line, NAME, "A name is required."));
        } else if (name.length() > Account.DISPLAY_NAME_MAXLENGTH) {
            problems.add(new Problem(line, NAME, "A name may have at most " + Account.DISPLAY_NAME_MAXLENGTH + " characters."));
        }
        String email = values.get(EMAIL);
        emailProblem(email, true).ifPresent(p -> problems.add(new Problem(line, EMAIL, p)));
        String username = values.get(USERNAME);
        Usernames.problem(username).ifPresent(p -> problems.add(new Problem(line, USERNAME, p)));
        List<String> team = team(values.get(TEAM), line, problems);
        String mentor = values.get(MENTOR) == null ? null : Usernames.normalize(values.get(MENTOR));
        String profile = values.get(ROLE_PROFILE) == null ? null : values.get(ROLE_PROFILE).toUpperCase(Locale.ROOT);
        Set<Role> roles = roles(values.get(ROLES), line, problems);
        return new Row(line, name, email, Usernames.normalize(username), team, mentor, profile, roles);
    }

    /** What is wrong with an email address, if anything; none given is wrong only when one is required. */
    public static Optional<String> emailProblem(String email, boolean required) {
        if (email == null || email.isBlank()) {
            return required ? Optional.of("An email address is required.") : Optional.empty();
        }
        if (email.strip().length() > EMAIL_MAXLENGTH) {
            return Optional.of("An email address may have at most " + EMAIL_MAXLENGTH + " characters.");
        }
        if (!EMAIL_SHAPE.matcher(email.strip()).matches()) {
            return Optional.of("'" + email.strip() + "' is not an email address such as lena.fischer@example.org.");
        }
        return Optional.empty();
    }

    /** {@code Engineering/Platform}: the names from the top team down. */
    private static List<String> team(String value, int line, List<Problem> problems) {
        if (value == null) {
            return List.of();
        }
        List<String> names = Arrays.stream(value.split(Pattern.quote(Teams.PATH_SEPARATOR), -1)).map(String::strip).toList();
        if (names.stream().anyMatch(String::isEmpty)) {
            problems.add(new Problem(line, TEAM, "'" + value + "' has an empty team name; write the teams from the top down as Engineering/Platform."));
            return List.of();
        }
        if (names.size() > MAX_TEAM_DEPTH) {
            problems.add(new Problem(line, TEAM, "Teams nest at most " + MAX_TEAM_DEPTH + " deep."));
            return List.of();
        }
        for (String name : names) {
            Optional<String> problem = Teams.nameProblem(name);
            if (problem.isPresent()) {
                problems.add(new Problem(line, TEAM, "'" + name + "': " + problem.get()));
                return List.of();
            }
        }
        return names;
    }

    /** {@code LEARNER;MENTOR}; none given: null. */
    private static Set<Role> roles(String value, int line, List<Problem> problems) {
        if (value == null) {
            return null;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String given : ROLE_SEPARATOR.split(value)) {
            String name = given.strip().toUpperCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            try {
                roles.add(Role.valueOf(name));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(line, ROLES, "'" + given.strip() + "' is not a role. The roles are "
                        + Arrays.stream(Role.values()).map(Enum::name).collect(Collectors.joining(", ")) + ", separated by ; as in LEARNER;MENTOR."));
            }
        }
        return roles.isEmpty() ? null : roles;
    }

    /**
     * Checks the rows against what exists: role profiles, mentors (an active account with the mentor
     * role, or one the file makes a mentor), that only learners get a mentor and nobody mentors
     * themselves, and that the file takes away neither the importer's own administrator role nor the
     * last active administrator's.
     */
    public static Checked check(Read read, Facts facts) {
        List<Problem> problems = new ArrayList<>(read.problems());
        Map<String, Row> inFile = new HashMap<>();
        read.rows().forEach(r -> inFile.putIfAbsent(r.username(), r));
        Set<String> adminsLeft = new HashSet<>(facts.activeAdministrators());
        List<Row> removingAdmin = new ArrayList<>();
        for (Row row : read.rows()) {
            Existing existing = facts.accounts().get(row.username());
            Set<Role> roles = rolesAfter(row, existing);
            if (row.profile() != null && !facts.profiles().contains(row.profile())) {
                problems.add(new Problem(row.line(), ROLE_PROFILE, "There is no role profile " + row.profile() + " in use. The codes are: "
                        + facts.profiles().stream().sorted().collect(Collectors.joining(", ")) + "."));
            }
            if (row.mentor() != null) {
                mentorProblem(row, roles, existing, facts, inFile).ifPresent(m -> problems.add(new Problem(row.line(), MENTOR, m)));
            }
            boolean active = existing == null || existing.active();
            if (roles.contains(Role.ADMIN) && active) {
                adminsLeft.add(row.username());
            } else if (existing != null && existing.roles().contains(Role.ADMIN) && existing.active()) {
                adminsLeft.remove(row.username());
                if (row.username().equals(facts.actor())) {
                    problems.add(new Problem(row.line(), ROLES, "You cannot take away your own administrator role."));
                } else {
                    removingAdmin.add(row);
                }
            }
        }
        if (adminsLeft.isEmpty()) {
            removingAdmin.forEach(row -> problems.add(new Problem(row.line(), ROLES,
                    "No active administrator would be left: keep ADMIN for " + row.username() + " or give it to someone else.")));
        }
        problems.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line())
                : Integer.compare(columnOrder(a.column()), columnOrder(b.column())));
        return problems.isEmpty() ? new Checked(read.rows(), List.of()) : new Checked(List.of(), problems);
    }

    /** The roles a row leaves its person with: the file's, else those they have, else LEARNER. */
    static Set<Role> rolesAfter(Row row, Existing existing) {
        if (row.roles() != null) {
            return row.roles();
        }
        return existing == null ? EnumSet.of(Role.LEARNER) : existing.roles();
    }

    private static Optional<String> mentorProblem(Row row, Set<Role> roles, Existing existing, Facts facts, Map<String, Row> inFile) {
        if (row.mentor().equals(row.username())) {
            return Optional.of("Nobody mentors themselves.");
        }
        if (!roles.contains(Role.LEARNER)) {
            return Optional.of("Only learners have a mentor: give " + row.username() + " the LEARNER role, or leave the mentor empty.");
        }
        Existing mentor = facts.accounts().get(row.mentor());
        Row mentorRow = inFile.get(row.mentor());
        if (mentor == null && mentorRow == null) {
            return Optional.of("There is no person " + row.mentor() + ", in the application or in this file.");
        }
        Set<Role> mentorRoles = mentorRow != null ? rolesAfter(mentorRow, mentor) : mentor.roles();
        if (!mentorRoles.contains(Role.MENTOR)) {
            return Optional.of(row.mentor() + " is not a mentor: give them the MENTOR role (in the roles column or on their page).");
        }
        if (mentor != null && !mentor.active()) {
            return Optional.of(row.mentor() + " is deactivated and cannot mentor anyone.");
        }
        boolean changes = existing == null || existing.mentorId() == null || mentor == null || existing.mentorId() != mentor.id();
        if (existing != null && !existing.active() && changes) {
            return Optional.of(row.username() + " is deactivated: reactivate them on their page before giving them a mentor.");
        }
        return Optional.empty();
    }

    private static int columnOrder(String column) {
        int index = column == null ? -1 : COLUMNS.indexOf(column);
        return index < 0 ? COLUMNS.size() : index;
    }

    private static Read refused(String reason) {
        return new Read(List.of(), List.of(new Problem(0, null, reason)));
    }

    /** A file to start from: the header and two people, one of them the other's mentor. */
    public static byte[] template() {
        return ("name,email,username,team,mentor,role_profile,roles\r\n"
                + "Marta Keller,marta.keller@example.org,marta.keller,Engineering,,,MENTOR\r\n"
                + "Jonas Berg,jonas.berg@example.org,jonas.berg,Engineering/Platform,marta.keller,CTO,LEARNER\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
