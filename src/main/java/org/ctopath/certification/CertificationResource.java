package org.ctopath.certification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ctopath.api.ApiCaller;
import org.ctopath.api.ApiError;
import org.ctopath.api.Input;
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
 * {@code /api/people/{username}/certifications}: a person's exam attempts, their standing in schemes
 * renewed together and their progress toward designations; the person records their own attempts.
 */
@Path("people/{username}/certifications")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Certifications", description = "A person's certification record.")
public class CertificationResource {

    public record Attempt(long id, String certification, String title, LocalDate on, Integer score, boolean passed,
                          String certificateNumber, boolean verified, String verifiedBy) {
        static Attempt of(CertificationAttempt a) {
            return new Attempt(a.getId(), a.getCertification().getCode(), a.getCertification().getTitle(), a.getAttemptedOn(), a.getScore(),
                    a.isPassed(), a.getCertificateNumber(), a.isVerified(), a.getVerifiedBy());
        }
    }

    public record Standing(String scheme, LocalDate renewBy, RenewalStatus status, BigDecimal pointsThisYear,
                           BigDecimal experienceThisYear, Integer pointsPerYear) {
    }

    public record DesignationProgress(String name, int held, int total, List<String> missing) {
    }

    public record Record(String username, List<Attempt> attempts, List<Standing> renewals, List<DesignationProgress> designations) {
    }

    /** An exam attempt as the person enters it. */
    @Schema(name = "AttemptInput")
    public static class AttemptInput {
        @Schema(required = true, description = "The certification's code.", example = "ITIL4-F")
        public String certification;
        @Schema(required = true, format = "date", description = "The day of the exam (ISO 8601), not in the future.")
        public String on;
        @Schema(description = "The score, from 0 to the number of questions; it must agree with passed and the pass mark.")
        public Integer score;
        @Schema(required = true)
        public Boolean passed;
        @Schema(description = "The certificate's number, at most 64 characters.")
        public String certificateNumber;
    }

    @Inject
    ApiCaller caller;

    @Inject
    CertificationRecords records;

    @PersistenceContext
    EntityManager em;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "A person's certification record",
            description = "Every exam attempt, newest first; for each scheme whose certificates are renewed together (ITIL 4) the"
                    + " renew-by date, its status and the CPD points of the current year; and the progress toward each designation.")
    public Record record(@Parameter(description = "The person's username.") @PathParam("username") String username) {
        caller.person(username);
        return new Record(username, records.attempts(username).stream().map(Attempt::of).toList(),
                records.standings(username).stream().map(s -> new Standing(s.getScheme(), s.getRenewBy(), s.getStatus(),
                        s.getPointsThisYear(), s.getExperienceThisYear(), s.getPointsPerYear())).toList(),
                records.designations(username).stream().map(d -> new DesignationProgress(d.getName(), d.getHeld(), d.getTotal(),
                        d.getMissing())).toList());
    }

    @GET
    @Path("attempts/{id}")
    @Operation(summary = "An exam attempt", description = "One of the person's exam attempts.")
    public Attempt attempt(@Parameter(description = "The person's username.") @PathParam("username") String username,
                           @Parameter(description = "The attempt's id.") @PathParam("id") long id) {
        caller.person(username);
        CertificationAttempt attempt = em.find(CertificationAttempt.class, id);
        if (attempt == null || !attempt.getAccount().getUsername().equals(username)) {
            throw ApiError.notFound("There is no attempt " + id + " of " + username + ".");
        }
        return Attempt.of(attempt);
    }

    @POST
    @Path("attempts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record an exam attempt",
            description = "The person records an exam they sat, passed or not. Only the person themselves (403 for their mentor or an"
                    + " administrator). A pass counts toward designations and prerequisites, and starts the renewal clock.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AttemptInput.class)))
    @APIResponse(responseCode = "201", description = "Recorded; Location is the attempt.",
            headers = @Header(name = "Location", description = "The attempt's address.",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Attempt.class)))
    public Response recordAttempt(@Parameter(description = "The person's username.") @PathParam("username") String username,
                                  AttemptInput input) {
        caller.self(username);
        if (input == null) {
            throw InvalidInput.of(null, "Send the attempt as a JSON object.");
        }
        InvalidInput.Collector problems = new InvalidInput.Collector();
        LocalDate on = Input.date(problems, "on", input.on);
        if (input.passed == null) {
            problems.add("passed", "Say whether you passed: true or false.");
        }
        if (!problems.isEmpty() && on != null) {
            problems.throwIfAny(); // the service would record it: only passed is missing
        }
        CertificationAttempt attempt;
        try {
            // without a day (none or unreadable) the service refuses it too, and names the other fields
            attempt = records.recordAttempt(username, new CertificationRecords.AttemptDraft(input.certification, on, input.score,
                    Boolean.TRUE.equals(input.passed), input.certificateNumber));
        } catch (InvalidInput e) {
            // the page's field for the certificate number is "number"; the API's is certificateNumber
            InvalidInput refused = new InvalidInput(e.getProblems().stream()
                    .filter(p -> input.passed != null || !"score".equals(p.field())) // a score is checked against passed
                    .map(p -> "number".equals(p.field()) ? new InvalidInput.Problem("certificateNumber", p.message()) : p).toList());
            throw Input.merged(problems, refused);
        }
        em.flush(); // the attempt has its id
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(attempt.getId())).build())
                .entity(Attempt.of(attempt)).build();
    }
}
