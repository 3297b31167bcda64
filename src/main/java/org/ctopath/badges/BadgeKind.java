package org.ctopath.badges;

/** What a badge attests: a passed certification exam or a completed development plan. */
public enum BadgeKind {
    CERTIFICATION, PLAN
}
