package org.ctopath.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.ctopath.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An unexpected failure anywhere in the application gets the friendly error page with status 500,
 * and nothing of the failure itself. A servlet that always fails is deployed with this test (it
 * runs in the server) to have a real one.
 */
@ExtendWith(ArquillianExtension.class)
class ErrorPageIT {

    static final String SECRET = "internal detail that must not leak";

    @WebServlet("/it/failing")
    public static class FailingServlet extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) {
            throw new IllegalStateException(SECRET);
        }
    }

    @Deployment
    public static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL baseURL;

    @Test
    void anUnexpectedFailureGetsTheFriendlyErrorPage() throws Exception {
        URI failing = URI.create(baseURL.toExternalForm().replaceAll("/$", "") + "/it/failing");

        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(failing).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(500, response.statusCode());
        String body = response.body();
        assertTrue(body.contains("id=\"error-500\""), body);
        assertTrue(body.contains("Something went wrong on our side. What you had saved before is safe."), body);
        assertFalse(body.contains(SECRET), body);
        assertFalse(body.contains("IllegalStateException"), body);
        assertFalse(body.matches("(?s).*\\.java:\\d+\\).*"), body);
        assertTrue(body.matches("(?s).*id=\"reference\"[^>]*>[0-9a-z]{8}<.*"), "a reference to quote: " + body);
    }
}
