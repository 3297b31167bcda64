package org.ctopath.competency.exchange;

import java.util.List;

/**
 * A framework as it travels between systems, independent of any format: its proficiency scale,
 * its groups, their skills and the skills' indicators, in order.
 */
public record FrameworkData(String code, String name, String description, Scale scale, List<Group> groups) {

    public record Scale(String code, String name, String description, Integer thresholdOrdinal, List<Level> levels) {
    }

    /** A level of the scale; ordinals run from 1 in list order. */
    public record Level(String code, String name, String description) {
    }

    public record Group(String code, String name, String description, List<Skill> skills) {
    }

    public record Skill(String code, String name, String description, String ecfCode, String sfiaCode,
                        List<String> indicators) {
    }
}
