package org.ctopath.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import org.ctopath.testing.Deployments;
import org.ctopath.testing.callers.AsSystem;
import org.ctopath.testing.http.Visitor;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A signed-in person changes their own password at /account/password: current one required, new one checked. */
@ExtendWith({ArquillianExtension.class, AsSystem.class})
class PasswordChangeIT {

    private static final String PASSWORD = "a long enough password";

    @Deployment
    public static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL baseURL;

    @Inject
    AccountService accounts;

    private Account newLearner() {
        return accounts.create("pw-" + UUID.randomUUID().toString().substring(0, 8), "Petra Passwort", PASSWORD, Set.of(Role.LEARNER));
    }

    private static HttpResponse<String> change(Visitor visitor, String current, String next, String again) throws Exception {
        return visitor.submit("/account/password", "password=password&password%3Acurrent=" + enc(current)
                + "&password%3AnewPassword=" + enc(next) + "&password%3Aconfirmation=" + enc(again) + "&password%3Achange=");
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void withTheCurrentPasswordTheNewOneReplacesIt() throws Exception {
        Account learner = newLearner();
        Visitor visitor = new Visitor(baseURL);
        visitor.signIn(learner.getUsername(), PASSWORD);

        HttpResponse<String> response = change(visitor, PASSWORD, "seven quiet harbour lights", "seven quiet harbour lights");

        assertEquals(302, response.statusCode(), response.body());
        HttpResponse<String> after = visitor.get("/account/password");
        assertTrue(after.body().contains("Your password is changed"), after.body());
        assertEquals(200, new Visitor(baseURL).trySignIn(learner.getUsername(), PASSWORD).statusCode(), "the old password no longer signs in");
        new Visitor(baseURL).signIn(learner.getUsername(), "seven quiet harbour lights");
    }

    @Test
    void aWrongCurrentPasswordAWeakOneOrTwoThatDifferAreShownAtTheirFieldsAndChangeNothing() throws Exception {
        Account learner = newLearner();
        Visitor visitor = new Visitor(baseURL);
        visitor.signIn(learner.getUsername(), PASSWORD);

        HttpResponse<String> wrong = change(visitor, "not my password at all", "seven quiet harbour lights", "seven quiet harbour lights");
        assertEquals(200, wrong.statusCode());
        assertTrue(wrong.body().contains("This is not your current password."), wrong.body());

        HttpResponse<String> common = change(visitor, PASSWORD, "1234567890qwerty", "1234567890qwerty");
        assertTrue(common.body().contains("one of the most common leaked passwords"), common.body());

        HttpResponse<String> own = change(visitor, PASSWORD, learner.getUsername() + "2026", learner.getUsername() + "2026");
        assertTrue(own.body().contains("mostly your name"), own.body());

        HttpResponse<String> differ = change(visitor, PASSWORD, "seven quiet harbour lights", "seven quiet harbour light");
        assertTrue(differ.body().contains("The two new passwords differ."), differ.body());

        new Visitor(baseURL).signIn(learner.getUsername(), PASSWORD); // still the password it was
    }
}
