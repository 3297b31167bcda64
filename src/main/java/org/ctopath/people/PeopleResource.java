package org.ctopath.people;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.List;
import org.ctopath.api.ApiCaller;
import org.ctopath.api.Page;
import org.ctopath.api.Window;
import org.ctopath.identity.Account;
import org.ctopath.identity.Role;
import org.ctopath.mentoring.MentorRelations;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/people}: the people the caller may see, as on the pages: an administrator everyone, a
 * mentor their current mentees, a learner only themselves (at {@code /api/people/{username}}).
 */
@Path("people")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "People", description = "People, with their plans, gaps and certification records below each.")
public class PeopleResource {

    public record PersonSummary(String username, String name, String team, boolean active) {
    }

    public record Person(String username, String name, String email, String team, boolean active, List<Role> roles, String mentor) {
    }

    @Inject
    ApiCaller caller;

    @Inject
    People people;

    @Inject
    MentorRelations relations;

    @GET
    @Operation(operationId = "listPeople", summary = "The people the caller may see",
            description = "An administrator's token lists everyone, a mentor's their current mentees (by name); a learner has no list"
                    + " (403) and reads themselves at /people/{username}. One page at a time.")
    @APIResponse(responseCode = "200", description = "One page of people.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "#/components/schemas/PersonSummaryPage")))
    public Page<PersonSummary> list(
            @Parameter(description = "Where the page starts, from 0.") @QueryParam("offset") String offset,
            @Parameter(description = "How many items at most, 1 to 100 (20 if not given).") @QueryParam("limit") String limit) {
        caller.require(Role.ADMIN, Role.MENTOR);
        Window window = Window.parse(offset, limit);
        if (caller.has(Role.ADMIN)) {
            PeopleQuery everyone = PeopleQuery.everyone();
            return window.page(people.page(everyone, window.offset(), window.limit(), "name", true).stream()
                    .map(p -> new PersonSummary(p.getUsername(), p.getName(), p.getTeam(), p.isActive())).toList(), people.count(everyone));
        }
        List<Account> mentees = relations.menteesOf(caller.username()).stream()
                .sorted(Comparator.comparing(Account::getDisplayName).thenComparing(Account::getUsername)).toList();
        return window.page(mentees.stream().skip(window.offset()).limit(window.limit())
                .map(a -> new PersonSummary(a.getUsername(), a.getDisplayName(), a.getTeamName(), a.isActive())).toList(), mentees.size());
    }

    @GET
    @Path("{username}")
    @Operation(summary = "A person",
            description = "A person the caller may see (themselves, a current mentee, or anyone for an administrator): name, team,"
                    + " roles and current mentor.")
    public Person person(@Parameter(description = "The person's username.") @PathParam("username") String username) {
        Account person = caller.person(username);
        return new Person(person.getUsername(), person.getDisplayName(), person.getEmail(), person.getTeamName(), person.isActive(),
                person.getRoles().stream().sorted().toList(), relations.mentorOf(person.getId()).map(Account::getUsername).orElse(null));
    }
}
