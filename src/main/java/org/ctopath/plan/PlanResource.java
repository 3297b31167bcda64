package org.ctopath.plan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ctopath.api.ApiCaller;
import org.ctopath.api.ApiError;
import org.ctopath.api.Input;
import org.ctopath.platform.InvalidInput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/people/{username}/plan}: the plan a person works on, and their progress on its items.
 * Read by the person, their current mentor or an administrator; progress is recorded only by the
 * person themselves, against the item's version (a stale one is 409, as on the page).
 */
@Path("people/{username}/plan")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans", description = "A person's development plan and the progress on its items.")
public class PlanResource {

    public record Item(long id, long version, String resource, String title, String kind, String skill, ItemStatus status,
                       int percentDone, BigDecimal hoursSpent, String skipReason, LocalDate plannedStart, LocalDate due,
                       boolean overdue, boolean assigned, String assignedBy, String assignmentNote) {
        static Item of(PlanItem i, LocalDate today) {
            return new Item(i.getId(), i.getVersion(), i.getResource().getCode(), i.getResource().getTitle(),
                    i.getResource().getKind().name(),
                    i.getSkill() == null ? null : i.getSkill().getCode(), i.getStatus(), i.getPercentDone(), i.getHoursSpent(),
                    i.getSkipReason(), i.getPlannedStart(), i.getDueDate(), i.isOverdue(today), i.isAssigned(),
                    i.getAssignedBy() == null ? null : i.getAssignedBy().getUsername(), i.getAssignmentNote());
        }
    }

    public record Plan(long id, long version, String title, PlanState state, LocalDate startDate, LocalDate endDate,
                       BigDecimal weeklyHours, int percentDone, List<Item> items) {
    }

    /** Where an item stands now; {@code version} is the item's version as last read. */
    @Schema(name = "ProgressInput")
    public static class ProgressInput {
        @Schema(required = true, enumeration = {"NOT_STARTED", "IN_PROGRESS", "COMPLETED", "SKIPPED"})
        public String status;
        @Schema(description = "Percent done, 0 to 100 (0 if absent).")
        public Integer percent;
        @Schema(description = "Hours spent so far, 0 to 10000 (0 if absent).")
        public BigDecimal hours;
        @Schema(description = "Why the item is skipped; required with SKIPPED.")
        public String reason;
        @Schema(required = true, description = "The item's version as read; an older one is refused with 409.")
        public Long version;
    }

    @Inject
    ApiCaller caller;

    @Inject
    PlanService plans;

    @PersistenceContext
    EntityManager em;

    @GET
    @Operation(summary = "A person's current plan",
            description = "The plan the person works on (the newest active one, else the newest under review, else the newest draft)"
                    + " with its items in order: status, progress, planned start and due date, and who assigned it. 404 when the"
                    + " person has no plan, or is not the caller's to see.")
    public Plan current(@Parameter(description = "The person's username.") @PathParam("username") String username) {
        caller.person(username);
        DevelopmentPlan plan = plans.current(username)
                .orElseThrow(() -> ApiError.notFound(username + " has no plan yet."));
        LocalDate today = plans.today();
        return new Plan(plan.getId(), plan.getVersion(), plan.getTitle(), plan.getState(), plan.getStartDate(), plan.getEndDate(),
                plan.getWeeklyHours(), plan.getPercentDone(), plan.getItems().stream().map(i -> Item.of(i, today)).toList());
    }

    @GET
    @Path("items/{id}")
    @Operation(summary = "An item of a person's plan", description = "One item of any of the person's plans, with its version.")
    public Item item(@Parameter(description = "The person's username.") @PathParam("username") String username,
                     @Parameter(description = "The item's id.") @PathParam("id") long id) {
        caller.person(username);
        return plans.findItem(username, id).map(i -> Item.of(i, plans.today()))
                .orElseThrow(() -> ApiError.notFound("There is no item " + id + " in " + username + "'s plans."));
    }

    @PUT
    @Path("items/{id}/progress")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record progress on an item",
            description = "The person records where an item of their plan stands: status, percent done, hours spent, and why it is"
                    + " skipped. Only the person themselves (403 for their mentor or an administrator). The version must be the item's"
                    + " current one (409 otherwise: read the item again). Completing the last open item of an active plan completes"
                    + " the plan; the mentor hears when an item they assigned is completed or skipped.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ProgressInput.class)))
    @APIResponse(responseCode = "200", description = "The item as recorded, with its new version.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Item.class)))
    public Item progress(@Parameter(description = "The person's username.") @PathParam("username") String username,
                         @Parameter(description = "The item's id.") @PathParam("id") long id, ProgressInput input) {
        caller.self(username);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (input == null) {
            throw InvalidInput.of(null, "Send the progress as a JSON object.");
        }
        ItemStatus status = Input.choice(problems, "status", ItemStatus.class, input.status);
        if (input.version == null) {
            if (input.status == null || input.status.isBlank()) {
                problems.add("status", "Choose where the item stands: NOT_STARTED, IN_PROGRESS, COMPLETED or SKIPPED.");
            }
            problems.add("version", "Send the item's version as read.");
            problems.throwIfAny();
        }
        PlanItem item;
        try {
            // an unreadable status reaches the service as none, which it refuses along with the other fields
            item = plans.recordProgress(username, id, status, input.percent, input.hours, input.reason, input.version);
        } catch (InvalidInput.ChangedMeanwhile e) {
            throw e;
        } catch (InvalidInput e) {
            throw Input.merged(problems, e);
        }
        em.flush(); // the answer carries the version the change made
        return Item.of(item, plans.today());
    }
}
