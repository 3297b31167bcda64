package org.ctopath.catalogue;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.ctopath.api.ApiError;
import org.ctopath.api.Input;
import org.ctopath.api.Page;
import org.ctopath.api.Window;
import org.ctopath.certification.CertificationRecords;
import org.ctopath.platform.InvalidInput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/catalogue}: the learning resources on offer, as the catalogue page lists them (archived
 * ones left out), one page at a time, and the certifications with their exam facts.
 */
@Path("catalogue")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue", description = "Learning resources and certifications.")
public class CatalogueResource {

    public record ResourceSummary(String code, ResourceKind kind, String title, String provider, BigDecimal effortHours,
                                  BigDecimal costAmount, String costCurrency, String url) {
        static ResourceSummary of(LearningResource r) {
            return new ResourceSummary(r.getCode(), r.getKind(), r.getTitle(), r.getProvider(), r.getEffortHours(), r.getCostAmount(),
                    r.getCostCurrency(), r.getUrl());
        }
    }

    public record SkillBuilt(String skill, String skillName, int fromLevel, int toLevel) {
    }

    public record Exam(String issuingBody, String scheme, Integer questions, Integer passMark, Integer minutes,
                       Integer minutesNonNative, String notes, List<String> prerequisites) {
    }

    public record ResourceView(String code, ResourceKind kind, String title, String provider, String url, String language,
                               BigDecimal effortHours, BigDecimal costAmount, String costCurrency, String description, boolean archived,
                               List<SkillBuilt> skills, Exam certification) {
    }

    public record CertificationSummary(String code, String title, String issuingBody, String scheme, Integer questions,
                                       Integer passMark, List<String> prerequisites) {
    }

    @Inject
    CatalogueService catalogue;

    @Inject
    CertificationRecords certifications;

    @GET
    @Path("resources")
    @Operation(summary = "Search the catalogue",
            description = "The learning resources on offer, by title then code, filtered by text, kind and skill; one page at a time.")
    @APIResponse(responseCode = "200", description = "One page of resources.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "#/components/schemas/ResourceSummaryPage")))
    public Page<ResourceSummary> resources(
            @Parameter(description = "Text in the title, provider or description.") @QueryParam("q") String text,
            @Parameter(description = "Only this kind, such as COURSE or CERTIFICATION.") @QueryParam("kind") String kind,
            @Parameter(description = "Only resources that build this skill (its code).") @QueryParam("skill") String skill,
            @Parameter(description = "Where the page starts, from 0.") @QueryParam("offset") String offset,
            @Parameter(description = "How many items at most, 1 to 100 (20 if not given).") @QueryParam("limit") String limit) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        ResourceKind resourceKind = Input.choice(problems, "kind", ResourceKind.class, kind);
        if (text != null && text.length() > 200) {
            problems.add("q", "At most 200 characters.");
        }
        problems.throwIfAny();
        Window window = Window.parse(offset, limit);
        CatalogueQuery query = new CatalogueQuery(text, skill, resourceKind, null, null);
        List<ResourceSummary> items = catalogue.search(query, window.offset(), window.limit(), "title", true).stream()
                .map(ResourceSummary::of).toList();
        return window.page(items, catalogue.count(query));
    }

    @GET
    @Path("resources/{code}")
    @Operation(summary = "A learning resource",
            description = "A resource with the skills it builds (from and to which level) and, for a certification, its exam and"
                    + " prerequisites.")
    public ResourceView resource(@Parameter(description = "The resource's code.") @PathParam("code") String code) {
        LearningResource r = catalogue.findByCode(code).orElseThrow(() -> ApiError.notFound("There is no resource " + code + "."));
        Exam exam = catalogue.certificationOf(r).map(c -> new Exam(c.getIssuingBody(),
                c.getScheme() == null ? null : c.getScheme().getCode(),
                c.getExamQuestions(), c.getExamPassMark(), c.getExamMinutes(), c.getExamMinutesNonNative(), c.getExamNotes(),
                c.getPrerequisites().stream().map(Certification::getCode).toList())).orElse(null);
        return new ResourceView(r.getCode(), r.getKind(), r.getTitle(), r.getProvider(), r.getUrl(), r.getLanguage(), r.getEffortHours(),
                r.getCostAmount(), r.getCostCurrency(), r.getDescription(), r.isArchived(),
                r.getSkills().stream().map(s -> new SkillBuilt(s.getSkill().getCode(), s.getSkill().getName(), s.getFromLevel(),
                        s.getToLevel())).toList(), exam);
    }

    @GET
    @Path("certifications")
    @Operation(summary = "The certifications",
            description = "Every certification on offer with its issuing body, scheme, exam size and pass mark, and prerequisites;"
                    + " one page at a time.")
    @APIResponse(responseCode = "200", description = "One page of certifications.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "#/components/schemas/CertificationSummaryPage")))
    public Page<CertificationSummary> certifications(
            @Parameter(description = "Where the page starts, from 0.") @QueryParam("offset") String offset,
            @Parameter(description = "How many items at most, 1 to 100 (20 if not given).") @QueryParam("limit") String limit) {
        Window window = Window.parse(offset, limit);
        List<Certification> all = certifications.certifications();
        return window.page(all.stream().skip(window.offset()).limit(window.limit())
                .map(c -> new CertificationSummary(c.getCode(), c.getTitle(), c.getIssuingBody(),
                        c.getScheme() == null ? null : c.getScheme().getCode(), c.getExamQuestions(), c.getExamPassMark(),
                        c.getPrerequisites().stream().map(Certification::getCode).toList())).toList(), all.size());
    }
}
