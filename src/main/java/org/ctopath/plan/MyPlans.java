package org.ctopath.plan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ctopath.identity.ActiveUser;
import org.ctopath.platform.Messages;
import org.ctopath.platform.UtcTime;

/** The learner's plans, newest first, and a plan for all gaps in one step ({@code /learner/plans}). */
@Named
@RequestScoped
public class MyPlans {

    @Inject
    PlanService plans;

    @Inject
    ActiveUser user;

    @Inject
    CalendarFeeds calendars;

    private String newCalendarAddress;
    private String calendarMadeAt;

    private List<DevelopmentPlan> all;
    private LocalDate start;
    private BigDecimal weeklyHours = new BigDecimal("4");

    public List<DevelopmentPlan> getPlans() {
        if (all == null) {
            all = plans.plans(user.getUsername());
        }
        return all;
    }

    public String createForGaps() {
        return Messages.attempt("create", () -> {
            DevelopmentPlan plan = plans.createForGaps(user.getUsername(), start, weeklyHours);
            Messages.flashInfo("Your plan is drafted: " + plan.getItems().size() + " items, done by " + plan.getEndDate()
                    + ". Change what you like, then make it active.");
            return "/learner/plan?faces-redirect=true&id=" + plan.getId();
        });
    }

    /**
     * The calendar address just made, in this answer only: only its hash is kept, so it cannot be
     * shown again. Null on every other request.
     */
    public String getNewCalendarAddress() {
        return newCalendarAddress;
    }

    /** Whether the learner has a calendar address (which is not shown again). */
    public boolean isCalendarMade() {
        return getCalendarMadeAt() != null;
    }

    /** The day the learner's current address was made, or null while they have none. */
    public String getCalendarMadeAt() {
        if (calendarMadeAt == null) {
            calendarMadeAt = calendars.madeAt(user.getUsername()).map(UtcTime::minute).orElse("");
        }
        return calendarMadeAt.isEmpty() ? null : calendarMadeAt;
    }

    /** Makes the learner's first address or a new one that retires the old, and shows it once, in this answer. */
    public String renewCalendar() {
        boolean renewed = isCalendarMade();
        String secret = calendars.renew(user.getUsername());
        calendarMadeAt = null;
        newCalendarAddress = address(secret);
        Messages.info(renewed ? "Your calendar has a new address; the old one no longer works. Copy it now: it will not be shown again."
                : "Your calendar address is made. Copy it now: it will not be shown again.");
        return null;
    }

    private static String address(String secret) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String port = ("https".equals(external.getRequestScheme()) && external.getRequestServerPort() == 443)
                || ("http".equals(external.getRequestScheme()) && external.getRequestServerPort() == 80) ? "" : ":" + external.getRequestServerPort();
        return external.getRequestScheme() + "://" + external.getRequestServerName() + port + external.getRequestContextPath()
                + "/calendar/" + secret + ".ics";
    }

    public LocalDate getToday() {
        return plans.today();
    }

    public LocalDate getStart() {
        return start == null ? plans.today() : start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public BigDecimal getWeeklyHours() {
        return weeklyHours;
    }

    public void setWeeklyHours(BigDecimal weeklyHours) {
        this.weeklyHours = weeklyHours;
    }
}
