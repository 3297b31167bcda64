package org.ctopath.reporting;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The filters every report takes, as they travel in a report's URL: a team (and every team inside it),
 * a target role profile (learners without one aim for CTO) and a date range whose meaning each report
 * states. Every part is optional. A report row's drill-down adds the row it opens: the person's own
 * team ({@code inTeam}, 0 for people without a team), a certification, a skill a mentor (0 for none) or a certification scheme.
 */
public final class ReportFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What was wrong with a parameter, in words for the page or the 400 answer. */
    public static final class BadFilter extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String parameter;

        BadFilter(String parameter, String message) {
            super(message);
            this.parameter = parameter;
        }

        public String getParameter() {
            return parameter;
        }
    }

    public static final String[] NAMES = {"team", "profile", "from", "to", "inTeam", "cert", "skill", "mentor", "scheme"};

    private final Long team;
    private final String profile;
    private final LocalDate from;
    private final LocalDate to;
    private final Long inTeam;
    private final Long cert;
    private final Long skill;
    private final Long mentor;
    private final Long scheme;

    public ReportFilter(Long team, String profile, LocalDate from, LocalDate to, Long inTeam, Long cert, Long skill, Long mentor) {
        this(team, profile, from, to, inTeam, cert, skill, mentor, null);
    }

    public ReportFilter(Long team, String profile, LocalDate from, LocalDate to, Long inTeam, Long cert, Long skill, Long mentor,
                        Long scheme) {
        this.team = team;
        this.profile = profile == null || profile.isBlank() ? null : profile.trim();
        this.from = from;
        this.to = to;
        this.inTeam = inTeam;
        this.cert = cert;
        this.skill = skill;
        this.mentor = mentor;
        this.scheme = scheme;
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadFilter("to", "The end of the date range comes before its start.");
        }
    }

    public static ReportFilter none() {
        return new ReportFilter(null, null, null, null, null, null, null, null);
    }

    /** Reads the parameters by name ({@link #NAMES}); anything malformed is a {@link BadFilter}. */
    public static ReportFilter parse(Function<String, String> parameter) {
        return new ReportFilter(id(parameter, "team"), text(parameter, "profile"), date(parameter, "from"), date(parameter, "to"),
                id(parameter, "inTeam"), id(parameter, "cert"), id(parameter, "skill"), id(parameter, "mentor"), id(parameter, "scheme"));
    }

    private static String text(Function<String, String> parameter, String name) {
        String value = parameter.apply(name);
        if (value != null && value.length() > 64) {
            throw new BadFilter(name, "The " + name + " parameter is too long.");
        }
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static Long id(Function<String, String> parameter, String name) {
        String value = text(parameter, name);
        if (value == null) {
            return null;
        }
        try {
            long id = Long.parseLong(value);
            if (id < 0) {
                throw new NumberFormatException();
            }
            return id;
        } catch (NumberFormatException e) {
            throw new BadFilter(name, "The " + name + " parameter must be a number, not \"" + value + "\".");
        }
    }

    private static LocalDate date(Function<String, String> parameter, String name) {
        String value = text(parameter, name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadFilter(name, "The " + name + " date must look like 2026-01-31, not \"" + value + "\".");
        }
    }

    public Long getTeam() {
        return team;
    }

    public String getProfile() {
        return profile;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }

    public Long getInTeam() {
        return inTeam;
    }

    public Long getCert() {
        return cert;
    }

    public Long getSkill() {
        return skill;
    }

    public Long getMentor() {
        return mentor;
    }

    public Long getScheme() {
        return scheme;
    }

    public ReportFilter withProfile(String code) {
        return new ReportFilter(team, code, from, to, inTeam, cert, skill, mentor, scheme);
    }

    /** Only the filters, without the drill-down. */
    public ReportFilter filtersOnly() {
        return new ReportFilter(team, profile, from, to, null, null, null, null);
    }

    public Map<String, String> asParameters() {
        Map<String, String> out = new LinkedHashMap<>();
        put(out, "team", team);
        put(out, "profile", profile);
        put(out, "from", from);
        put(out, "to", to);
        put(out, "inTeam", inTeam);
        put(out, "cert", cert);
        put(out, "skill", skill);
        put(out, "mentor", mentor);
        put(out, "scheme", scheme);
        return out;
    }

    private static void put(Map<String, String> out, String name, Object value) {
        if (value != null) {
            out.put(name, value.toString());
        }
    }

    /** The URL query (without '?') that gives this filter back. */
    public String query() {
        return asParameters().entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
