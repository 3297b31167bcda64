package org.ctopath.plan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ctopath.identity.ActiveUser;
import org.ctopath.platform.Messages;

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

    private String calendarToken;

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

    /** The address of the learner's calendar feed, made on first view. */
    public String getCalendarAddress() {
        if (calendarToken == null) {
            calendarToken = calendars.token(user.getUsername());
        }
        jakarta.faces.context.ExternalContext external = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
        String port = ("https".equals(external.getRequestScheme()) && external.getRequestServerPort() == 443)
                || ("http".equals(external.getRequestScheme()) && external.getRequestServerPort() == 80) ? "" : ":" + external.getRequestServerPort();
        return external.getRequestScheme() + "://" + external.getRequestServerName() + port + external.getRequestContextPath()
                + "/calendar/" + calendarToken + ".ics";
    }

    public String renewCalendar() {
        calendars.renew(user.getUsername());
        Messages.flashInfo("Your calendar has a new address; the old one no longer works.");
        return "/learner/plans?faces-redirect=true";
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
