package org.ctopath.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.net.http.HttpResponse;
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

/**
 * A signed-in session over plain HTTP: the roles come from the account on every request, so they
 * never go missing, and a change to the account counts at once.
 */
@ExtendWith({ArquillianExtension.class, AsSystem.class})
class SessionSignInIT {

    private static final String PASSWORD = "a long enough password";

    @Deployment
    public static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL baseURL;

    @Inject
    AccountService accounts;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction transaction;

    private Account newLearner() {
        return accounts.create("session-" + UUID.randomUUID().toString().substring(0, 8), "Sam Session", PASSWORD,
                Set.of(Role.LEARNER));
    }

    private void sql(String statement, Object... parameters) throws Exception {
        transaction.begin();
        var query = em.createNativeQuery(statement);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        query.executeUpdate();
        transaction.commit();
    }

    @Test
    void everyRequestOfTheSessionHasTheLearnersRole() throws Exception {
        Account learner = newLearner();
        Visitor visitor = new Visitor(baseURL);
        visitor.signIn(learner.getUsername(), PASSWORD);

        for (int i = 0; i < 25; i++) {
            for (String page : new String[] {"/learner/home", "/notifications/index", "/learner/assessment"}) {
                assertEquals(200, visitor.get(page).statusCode(), page + ", request " + i);
            }
        }
        assertEquals(403, visitor.get("/admin/home").statusCode(), "and no other role");
    }

    @Test
    void aRoleGrantedAfterSignInCountsOnTheNextRequest() throws Exception {
        Account learner = newLearner();
        Visitor visitor = new Visitor(baseURL);
        visitor.signIn(learner.getUsername(), PASSWORD);
        assertEquals(403, visitor.get("/mentor/home").statusCode());

        sql("INSERT INTO account_role (account_id, role) VALUES (?, 'MENTOR')", learner.getId());

        assertEquals(200, visitor.get("/mentor/home").statusCode());
    }

    @Test
    void anAccountDeactivatedAfterSignInIsSentToSignIn() throws Exception {
        Account learner = newLearner();
        Visitor visitor = new Visitor(baseURL);
        visitor.signIn(learner.getUsername(), PASSWORD);
        assertEquals(200, visitor.get("/learner/home").statusCode());

        sql("UPDATE account SET active = FALSE WHERE id = ?", learner.getId());

        HttpResponse<String> next = visitor.get("/learner/home");
        assertEquals(302, next.statusCode());
        assertEquals("/login", visitor.location(next));
    }

    @Test
    void thePageAskedForBeforeSignInOpensAfterIt() throws Exception {
        Account learner = newLearner();
        Visitor visitor = new Visitor(baseURL);
        HttpResponse<String> asked = visitor.get("/learner/skill?code=e-CF-E.9&from=x");
        assertEquals("/login", visitor.location(asked));

        HttpResponse<String> signedIn = visitor.signIn(learner.getUsername(), PASSWORD);

        assertEquals("/learner/skill?code=e-CF-E.9&from=x", visitor.location(signedIn));
        HttpResponse<String> again = visitor.signIn(learner.getUsername(), PASSWORD);
        assertEquals("/", visitor.location(again), "remembered once only");
    }
}
