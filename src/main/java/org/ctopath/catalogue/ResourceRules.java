package org.ctopath.catalogue;

import org.ctopath.platform.InvalidInput;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules a learning resource keeps, checked as a whole before anything is saved, each broken
 * rule reported against the field it is about: the same rules for the edit form and the CSV import.
 */
public final class ResourceRules {

    public static final Pattern CODE = Pattern.compile("[A-Z0-9-]{2,32}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,4})?");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final BigDecimal MAX_EFFORT = new BigDecimal("1000000");
    private static final BigDecimal MAX_COST = new BigDecimal("100000000");

    private ResourceRules() {
    }

    /**
     * The problems of {@code data} as a new resource ({@code creating}) or as the new state of the
     * one with its code. The certification parts count only for a certification.
     */
    public static List<InvalidInput.Problem> check(ResourceData data, boolean creating, CatalogueFacts facts) {
        List<InvalidInput.Problem> problems = new ArrayList<>();
        checkCode(data.getCode(), creating && facts.kindOf(data.getCode()).isPresent(), "resource", problems);
        checkKind(data, creating, facts, problems);
        requireText(data.getTitle(), "title", "Enter a title.", LearningResource.TITLE_MAXLENGTH, problems);
        requireText(data.getProvider(), "provider", "Enter the provider, publisher or author.", LearningResource.PROVIDER_MAXLENGTH, problems);
        checkUrl(data.getUrl(), problems);
        if (isBlank(data.getLanguage()) || !LANGUAGE.matcher(data.getLanguage()).matches()) {
            problems.add(new InvalidInput.Problem("language", "A language is a code such as en, de or pt-BR."));
        }
        checkEffort(data.getEffortHours(), problems);
        checkCost(data.getCostAmount(), data.getCostCurrency(), problems);
        maxLength(data.getDescription(), "description", LearningResource.DESCRIPTION_MAXLENGTH, problems);
        checkSkills(data.getSkills(), facts, problems);
        if (data.isCertification()) {
            checkCertification(data, facts, problems);
        }
        return problems;
    }

    /**
     * The cycles that making {@code certification} require {@code prerequisites} (in place of what
     * it requires now) would close, one problem each, naming the cycle.
     */
    public static List<InvalidInput.Problem> cycles(String certification, List<String> prerequisites, CatalogueFacts facts) {
        PrerequisiteGraph graph = facts.prerequisitesWithout(Set.of(certification));
        List<InvalidInput.Problem> problems = new ArrayList<>();
        for (String prerequisite : prerequisites) {
            graph.cycleIfAdded(certification, prerequisite).ifPresent(cycle -> problems.add(new InvalidInput.Problem("prerequisites",
                    certification + " cannot require " + prerequisite + ": " + describeCycle(cycle))));
        }
        return problems;
    }

    /** {@code A → B → A} */
    public static String describeCycle(List<String> cycle) {
        return String.join(" → ", cycle);
    }

    /** A code of a resource, scheme or designation ({@code what}): its pattern, and not {@code taken} by another. */
    static void checkCode(String code, boolean taken, String what, List<InvalidInput.Problem> problems) {
        if (isBlank(code)) {
            problems.add(new InvalidInput.Problem("code", "Enter a code, such as ITIL4-F."));
        } else if (!CODE.matcher(code).matches()) {
            problems.add(new InvalidInput.Problem("code", "A code is 2 to 32 capital letters, digits or hyphens, such as ITIL4-F."));
        } else if (taken) {
            problems.add(new InvalidInput.Problem("code", "The code " + code + " is already taken by another " + what + "."));
        }
    }

    private static void checkKind(ResourceData data, boolean creating, CatalogueFacts facts, List<InvalidInput.Problem> problems) {
        if (data.getKind() == null) {
            problems.add(new InvalidInput.Problem("kind", "Choose a kind."));
            return;
        }
        Optional<ResourceKind> current = creating ? Optional.empty() : facts.kindOf(data.getCode());
        if (current.isPresent() && (current.get() == ResourceKind.CERTIFICATION) != data.isCertification()) {
            problems.add(new InvalidInput.Problem("kind", current.get() == ResourceKind.CERTIFICATION
                    ? "A certification stays a certification: its exam facts, prerequisites and designations depend on it."
                    : "Only a new resource can be a certification: create one instead of changing this "
                            + current.get().getLabel().toLowerCase(Locale.ROOT) + "."));
        }
    }

    private static void checkUrl(String url, List<InvalidInput.Problem> problems) {
        if (isBlank(url)) {
            return;
        }
        String message = "Enter a web address starting with http:// or https://, such as https://www.example.org/.";
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || !uri.getHost().contains(".")) {
                problems.add(new InvalidInput.Problem("url", message));
            } else {
                maxLength(url, "url", LearningResource.URL_MAXLENGTH, problems);
            }
        } catch (URISyntaxException e) {
            problems.add(new InvalidInput.Problem("url", message));
        }
    }

    private static void checkEffort(BigDecimal effort, List<InvalidInput.Problem> problems) {
        if (effort == null) {
            problems.add(new InvalidInput.Problem("effortHours", "Enter the effort in hours (0 if it takes no time)."));
        } else if (effort.signum() < 0) {
            problems.add(new InvalidInput.Problem("effortHours", "Effort cannot be negative."));
        } else if (effort.stripTrailingZeros().scale() > 1) {
            problems.add(new InvalidInput.Problem("effortHours", "Effort is in hours with at most one decimal, such as 12.5."));
        } else if (effort.compareTo(MAX_EFFORT) >= 0) {
            problems.add(new InvalidInput.Problem("effortHours", "Effort must be below 1,000,000 hours."));
        }
    }

    private static void checkCost(BigDecimal cost, String currency, List<InvalidInput.Problem> problems) {
        if (cost != null) {
            if (cost.signum() < 0) {
                problems.add(new InvalidInput.Problem("costAmount", "Cost cannot be negative."));
            } else if (cost.stripTrailingZeros().scale() > 2) {
                problems.add(new InvalidInput.Problem("costAmount", "Cost has at most two decimals."));
            } else if (cost.compareTo(MAX_COST) >= 0) {
                problems.add(new InvalidInput.Problem("costAmount", "Cost must be below 100,000,000."));
            }
        }
        if (!isBlank(currency) && !CURRENCY.matcher(currency).matches()) {
            problems.add(new InvalidInput.Problem("costCurrency", "A currency is a three-letter code such as EUR."));
        } else if (isBlank(currency) && cost != null && cost.signum() > 0) {
            problems.add(new InvalidInput.Problem("costCurrency", "Give the currency of the cost, such as EUR."));
        } else if (!isBlank(currency) && cost == null) {
            problems.add(new InvalidInput.Problem("costAmount", "Enter the cost in " + currency + ", or leave the currency empty."));
        }
    }

    private static void checkSkills(List<ResourceData.SkillRow> skills, CatalogueFacts facts, List<InvalidInput.Problem> problems) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < skills.size(); i++) {
            ResourceData.SkillRow row = skills.get(i);
            String field = "skills[" + i + "].";
            if (isBlank(row.getSkillCode())) {
                problems.add(new InvalidInput.Problem(field + "skill", "Choose a skill."));
                continue;
            }
            Optional<Integer> max = facts.maxLevel(row.getSkillCode());
            if (max.isEmpty()) {
                problems.add(new InvalidInput.Problem(field + "skill", "There is no skill with the code " + row.getSkillCode() + "."));
                continue;
            }
            if (!seen.add(row.getSkillCode())) {
                problems.add(new InvalidInput.Problem(field + "skill", row.getSkillCode() + " is listed twice; keep one row for it."));
            }
            String range = row.getSkillCode() + " has levels 0 to " + max.get() + ".";
            boolean fromFits = checkLevel(row.getFromLevel(), max.get(), field + "from", range, problems);
            boolean toFits = checkLevel(row.getToLevel(), max.get(), field + "to", range, problems);
            if (fromFits && toFits && row.getFromLevel() >= row.getToLevel()) {
                problems.add(new InvalidInput.Problem(field + "to",
                        "The level reached must be higher than the starting level " + row.getFromLevel() + "."));
            }
        }
    }

    private static boolean checkLevel(Integer level, int max, String field, String range, List<InvalidInput.Problem> problems) {
        if (level == null || level < 0 || level > max) {
            problems.add(new InvalidInput.Problem(field, level == null ? "Enter a level: " + range : range));
            return false;
        }
        return true;
    }

    private static void checkCertification(ResourceData data, CatalogueFacts facts, List<InvalidInput.Problem> problems) {
        requireText(data.getIssuingBody(), "issuingBody", "Enter who issues the certification.",
                Certification.ISSUING_BODY_MAXLENGTH, problems);
        if (!isBlank(data.getSchemeCode()) && !facts.hasScheme(data.getSchemeCode())) {
            problems.add(new InvalidInput.Problem("scheme", "There is no certification scheme with the code " + data.getSchemeCode() + "."));
        }
        positive(data.getExamQuestions(), "examQuestions", problems);
        positive(data.getExamPassMark(), "examPassMark", problems);
        positive(data.getExamMinutes(), "examMinutes", problems);
        positive(data.getExamMinutesNonNative(), "examMinutesNonNative", problems);
        if (data.getExamQuestions() != null && data.getExamPassMark() != null && data.getExamPassMark() > data.getExamQuestions()) {
            problems.add(new InvalidInput.Problem("examPassMark",
                    "The pass mark cannot be more than the " + data.getExamQuestions() + " questions."));
        }
        maxLength(data.getExamNotes(), "examNotes", Certification.EXAM_NOTES_MAXLENGTH, problems);
        Set<String> seen = new HashSet<>();
        for (String prerequisite : data.getPrerequisiteCodes()) {
            Optional<ResourceKind> kind = facts.kindOf(prerequisite);
            if (kind.isEmpty()) {
                problems.add(new InvalidInput.Problem("prerequisites", "There is no certification with the code " + prerequisite + "."));
            } else if (kind.get() != ResourceKind.CERTIFICATION) {
                problems.add(new InvalidInput.Problem("prerequisites", prerequisite + " is a "
                        + kind.get().getLabel().toLowerCase(Locale.ROOT) + ", not a certification."));
            } else if (!seen.add(prerequisite)) {
                problems.add(new InvalidInput.Problem("prerequisites", prerequisite + " is listed twice."));
            }
        }
    }

    private static void positive(Integer number, String field, List<InvalidInput.Problem> problems) {
        if (number != null && number <= 0) {
            problems.add(new InvalidInput.Problem(field, "Enter a whole number above 0, or leave it empty."));
        }
    }

    static void requireText(String value, String field, String whenMissing, int maxLength, List<InvalidInput.Problem> problems) {
        if (isBlank(value)) {
            problems.add(new InvalidInput.Problem(field, whenMissing));
        } else {
            maxLength(value, field, maxLength, problems);
        }
    }

    static void maxLength(String value, String field, int maxLength, List<InvalidInput.Problem> problems) {
        if (value != null && value.length() > maxLength) {
            problems.add(new InvalidInput.Problem(field, "At most " + maxLength + " characters; this has " + value.length() + "."));
        }
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
