package org.ctopath.mentoring;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.ctopath.api.ApiCaller;
import org.ctopath.api.Input;
import org.ctopath.identity.Account;
import org.ctopath.plan.PlanItem;
import org.ctopath.plan.PlanService;
import org.ctopath.platform.InvalidInput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/people/{username}/assignments}: a mentor assigns a catalogue resource to one of their
 * current mentees, due on a date, as on the mentor's assign page.
 */
@Path("people/{username}/assignments")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assignments", description = "A mentor's assignments to their mentees.")
public class AssignmentResource {

    /** What a mentor assigns. */
    @Schema(name = "AssignmentInput")
    public static class AssignmentInput {
        @Schema(required = true, description = "The code of a catalogue resource on offer.")
        public String resource;
        @Schema(required = true, format = "date", description = "The day it is due (ISO 8601): from today to two years ahead.")
        public String due;
        @Schema(description = "A note for the mentee, at most 1000 characters.")
        public String note;
    }

    @Schema(name = "AssignmentResult", description = "The assignment as it stands, with the plan item it made or found.")
    public record AssignmentResult(String username, String resource, LocalDate due, String note, PlanService.Assignment outcome, long item,
                             long itemVersion) {
    }

    @Inject
    ApiCaller caller;

    @Inject
    MentorWork work;

    @Inject
    PlanService plans;

    @PersistenceContext
    EntityManager em;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assign a resource to a mentee",
            description = "The caller, as the person's current mentor, assigns a catalogue resource due on a date with a note. It joins the"
                    + " mentee's current plan (a new active plan if they have none) with its prerequisites, and the mentee is told."
                    + " 403 for a caller without the mentor role; 404 for anyone who is not the caller's current mentee. Assigning"
                    + " what is assigned already changes nothing (200, outcome ALREADY_ASSIGNED).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AssignmentInput.class)))
    @APIResponse(responseCode = "201", description = "Assigned; Location is the plan item.",
            headers = @Header(name = "Location", description = "The plan item's address.",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssignmentResult.class)))
    @APIResponse(responseCode = "200", description = "It was assigned already; nothing changed.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssignmentResult.class)))
    public Response assign(@Parameter(description = "The mentee's username.") @PathParam("username") String username,
                           AssignmentInput input) {
        Account mentee = caller.mentee(username);
        if (input == null) {
            throw InvalidInput.of(null, "Send the assignment as a JSON object.");
        }
        InvalidInput.Collector problems = new InvalidInput.Collector();
        LocalDate due = Input.date(problems, "due", input.due);
        List<MentorWork.Assigned> done;
        try {
            done = work.assign(caller.username(), List.of(mentee.getId()), input.resource, due, input.note);
        } catch (InvalidInput refused) {
            throw Input.merged(problems, refused);
        }
        PlanService.Assignment outcome = done.get(0).outcome();
        em.flush(); // the item has its id and version
        PlanItem item = plans.current(username).flatMap(p -> p.item(input.resource)).orElseThrow();
        AssignmentResult answer = new AssignmentResult(username, input.resource, item.getFixedDue(), item.getAssignmentNote(), outcome,
                item.getId(), item.getVersion());
        if (outcome == PlanService.Assignment.ALREADY_ASSIGNED) {
            return Response.ok(answer).build();
        }
        return Response.created(uri.getBaseUriBuilder().path("people").path(username).path("plan").path("items")
                .path(String.valueOf(item.getId())).build()).entity(answer).build();
    }
}
