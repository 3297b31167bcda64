package org.ctopath.testing.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.ctopath.identity.Account;
import org.ctopath.identity.AccessTokens;
import org.ctopath.identity.AccountService;
import org.ctopath.identity.Role;
import org.ctopath.mentoring.MentorRelations;

/**
 * The people of an API test, new for each test (the suite shares one database): a learner with a
 * mentor, another learner nobody of them mentors, and an administrator, each with a token and an
 * {@link Api} client that sends it.
 */
public final class ApiCast {

    public final String learner;
    public final String other;
    public final String mentor;
    public final String admin;
    public final Api asLearner;
    public final Api asOther;
    public final Api asMentor;
    public final Api asAdmin;
    public final Api anonymous;
    public final Account learnerAccount;

    public ApiCast(URL baseURL, AccountService accounts, AccessTokens tokens, MentorRelations relations) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        learner = "api-learner-" + suffix;
        other = "api-other-" + suffix;
        mentor = "api-mentor-" + suffix;
        admin = "api-admin-" + suffix;
        learnerAccount = accounts.create(learner, "Lena Api " + suffix, "a long enough password", Set.of(Role.LEARNER));
        accounts.create(other, "Otto Api " + suffix, "a long enough password", Set.of(Role.LEARNER));
        Account mentorAccount = accounts.create(mentor, "Mona Api " + suffix, "a long enough password", Set.of(Role.MENTOR));
        accounts.create(admin, "Ada Api " + suffix, "a long enough password", Set.of(Role.ADMIN));
        relations.assign(admin, mentorAccount.getId(), List.of(learnerAccount.getId()));
        LocalDate expires = LocalDate.now().plusDays(30);
        asLearner = new Api(baseURL, tokens.create(learner, "test", expires).token());
        asOther = new Api(baseURL, tokens.create(other, "test", expires).token());
        asMentor = new Api(baseURL, tokens.create(mentor, "test", expires).token());
        asAdmin = new Api(baseURL, tokens.create(admin, "test", expires).token());
        anonymous = new Api(baseURL, null);
    }

    /** The answer as JSON after checking its status (the body is in the message when it is another). */
    public static JsonObject ok(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                response.headers().toString());
        return Api.object(response);
    }

    /**
     * The problem detail of a refusal, after checking its status, its media type and that it tells
     * nothing of the server's insides.
     */
    public static JsonObject problem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers() + " " + response.body());
        assertFalse(response.body().contains("Exception"), response.body());
        assertFalse(response.body().matches("(?s).*\\bat [a-z]+\\.[a-z]+.*\\(.*"), response.body());
        JsonObject problem = Api.object(response);
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.getString("title", "").isBlank(), response.body());
        return problem;
    }

    /** The fields a 400 names. */
    public static List<String> fields(JsonObject problem) {
        return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field", null)).toList();
    }
}
