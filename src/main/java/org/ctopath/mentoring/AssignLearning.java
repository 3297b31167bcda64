package org.ctopath.mentoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ctopath.catalogue.CatalogueService;
import org.ctopath.identity.ActiveUser;
import org.ctopath.plan.PlanService;
import org.ctopath.platform.InvalidInput;
import org.ctopath.platform.Messages;
import org.ctopath.platform.Option;

/**
 * A mentor assigns a catalogue resource to one or several mentees ({@code /mentor/assign}), due on
 * a date, with a note. {@code ?mentee=<id>} ticks that mentee to begin with.
 */
@Named
@ViewScoped
public class AssignLearning implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<PlanService.Assignment, String> SAID = Map.of(
            PlanService.Assignment.ADDED, "added to the plan of",
            PlanService.Assignment.MARKED, "already in the plan, now assigned with your due date, for",
            PlanService.Assignment.ALREADY_ASSIGNED, "assigned already, left as it was, for");

    @Inject
    MentorWork work;

    @Inject
    MentorRelations relations;

    @Inject
    PlanService plans;

    @Inject
    CatalogueService catalogue;

    @Inject
    ActiveUser user;

    private Long mentee;
    private List<Option> mentees = List.of();
    private List<Option> resources = List.of();
    private List<String> chosen = new ArrayList<>();
    private String resource;
    private LocalDate due;
    private String note;
    private LocalDate today;

    public void load() {
        mentees = relations.menteesOf(user.getUsername()).stream()
                .map(m -> new Option(String.valueOf(m.getId()), m.getDisplayName() + (m.getTeamName() == null ? "" : " (" + m.getTeamName() + ")")))
                .toList();
        resources = catalogue.choices();
        if (mentee != null && mentees.stream().anyMatch(o -> o.getValue().equals(String.valueOf(mentee)))) {
            chosen = new ArrayList<>(List.of(String.valueOf(mentee)));
        }
        today = plans.today();
    }

    public void assign() {
        try {
            List<Long> ids = chosen.stream().map(Long::valueOf).toList();
            List<MentorWork.Assigned> done = work.assign(user.getUsername(), ids, resource, due, note);
            String title = resources.stream().filter(o -> o.getValue().equals(resource)).findFirst().map(Option::getLabel).orElse(resource);
            done.stream().collect(Collectors.groupingBy(MentorWork.Assigned::outcome, () -> new java.util.EnumMap<>(PlanService.Assignment.class),
                            Collectors.mapping(MentorWork.Assigned::menteeName, Collectors.joining(", "))))
                    .forEach((outcome, names) -> Messages.info(title + ": " + SAID.get(outcome) + " " + names + "."));
            resource = null;
            note = null;
            due = null;
        } catch (InvalidInput e) {
            Messages.show(e, "assign");
        } catch (MentorWork.NotYourMentee | NumberFormatException e) {
            Messages.error("One of the people chosen is not your mentee now; nothing was assigned.");
        }
    }

    public Long getMentee() {
        return mentee;
    }

    public void setMentee(Long mentee) {
        this.mentee = mentee;
    }

    public List<Option> getMentees() {
        return mentees;
    }

    public List<Option> getResources() {
        return resources;
    }

    public List<String> getChosen() {
        return chosen;
    }

    public void setChosen(List<String> chosen) {
        this.chosen = chosen == null ? new ArrayList<>() : new ArrayList<>(chosen);
    }

    public String getResource() {
        return resource;
    }

    public void setResource(String resource) {
        this.resource = resource;
    }

    public LocalDate getDue() {
        return due;
    }

    public void setDue(LocalDate due) {
        this.due = due;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public LocalDate getToday() {
        return today;
    }
}
