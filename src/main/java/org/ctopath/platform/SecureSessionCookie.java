package org.ctopath.platform;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * The session cookie is {@code Secure} exactly when people reach the application over HTTPS
 * ({@code APP_URL} is https, {@link Settings#https()}), also behind a proxy that ends TLS, where the
 * container itself sees plain HTTP and would not mark it. HttpOnly and SameSite=Lax: web.xml and
 * glassfish-web.xml.
 */
@WebListener
public class SecureSessionCookie implements ServletContextListener {

    @Inject
    Settings settings;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (settings.https()) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
