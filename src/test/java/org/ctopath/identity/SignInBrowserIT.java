package org.ctopath.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ctopath.testing.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

/** Signing in and out in the browser, and what each role may see. */
class SignInBrowserIT extends BrowserTest {

    private static final String NAV = "a[id^='nav:nav-']";

    @ParameterizedTest(name = "{0} lands on {2} and sees {3}")
    @CsvSource(delimiter = '|', value = {
            "learner | learner-demo | /learner/home | nav-learner nav-profile nav-catalogue nav-password nav-tokens nav-verify-badge",
            "mentor  | mentor-demo  | /mentor/home  | nav-mentor nav-profile nav-catalogue nav-password nav-tokens nav-verify-badge",
            "admin   | admin-demo   | /admin/home   | nav-admin nav-profile nav-catalogue nav-password nav-tokens nav-verify-badge"})
    void eachRoleLandsOnItsHomeWithItsOwnNavigation(String username, String password, String home, String navigation) {
        signIn(username, password);

        assertEquals(home, currentPath());
        Set<String> shown = findAll(By.cssSelector(NAV)).stream()
                .map(a -> a.getAttribute("id").substring("nav:".length()))
                .collect(Collectors.toSet());
        assertEquals(Set.of(navigation.split(" ")), shown);
        String expectedName = AccountBootstrap.DEMO_ACCOUNTS.stream()
                .filter(a -> a.username().equals(username)).findFirst().orElseThrow().displayName();
        assertEquals(expectedName, find(By.cssSelector("#nav\\:user-menu > a")).getText());
    }

    @Test
    void wrongPasswordGetsOneGenericMessageAndStaysOnSignIn() {
        signIn("learner", "not-the-password");

        assertEquals("/login", currentPath());
        assertEquals(Login.WRONG_CREDENTIALS, find(By.cssSelector(".ui-messages-error-summary")).getText());
        assertFalse(isPresent(By.id("nav:menu")), "no navigation before sign-in");

        signIn("nobody-" + UUID.randomUUID().toString().substring(0, 8), "whatever-password");
        assertEquals(Login.WRONG_CREDENTIALS, find(By.cssSelector(".ui-messages-error-summary")).getText(),
                "an unknown username gets the very same message");
    }

    @Test
    void fiveFailuresForOneUsernameHoldBackFurtherTriesFromUnrecognisedBrowsers() {
        String username = "guess-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 1; i < ThrottlePolicy.USERNAME.maxFailures(); i++) {
            signIn(username, "wrong-" + i);
            assertEquals(Login.WRONG_CREDENTIALS, find(By.cssSelector(".ui-messages-error-summary")).getText(), "try " + i);
        }
        signIn(username, "wrong-5");
        String fifth = find(By.cssSelector(".ui-messages-error-summary")).getText();
        assertEquals("Too many failed sign-ins for this account from unrecognised browsers; try again in 15 minutes,"
                + " or sign in from a browser you have used before.", fifth);

        signIn(username, "wrong-6");
        String sixth = find(By.cssSelector(".ui-messages-error-summary")).getText();
        assertTrue(sixth.startsWith("Too many failed sign-ins for this account from unrecognised browsers;"), sixth);

        signIn("learner", "learner-demo");
        assertEquals("/learner/home", currentPath(), "other usernames are not held back");
    }

    @Test
    void anAddressOfAnotherSiteAskedForBeforeSignInIsNotFollowed() {
        browser.get(url("//evil.example/%2e%2e%2flearner/home"));
        waitForPage();
        assertEquals("/login", currentPath(), "the learner's page asks for sign-in");

        submitSignIn("learner", "learner-demo");

        assertTrue(browser.getCurrentUrl().startsWith(url("/")), "still on the application: " + browser.getCurrentUrl());
        assertEquals("/learner/home", currentPath(), "at the learner's home");
    }

    @Test
    void aLearnerIsDeniedTheAdministrationWithAFriendlyPage() {
        signIn("learner", "learner-demo");

        open("/admin/home");

        assertTrue(isPresent(By.id("error-403")), "the friendly 403 page");
        assertTrue(pageText().contains("This page belongs to another role than yours"));
        assertFalse(pageText().contains("Exception"), "no stack trace");
        assertTrue(isPresent(By.id("nav:nav-learner")), "the navigation stays, to find the way back");
    }

    @Test
    void aProtectedPageAsksForSignInAndThenOpens() {
        open("/admin/home");
        assertEquals("/login", currentPath());

        submitSignIn("admin", "admin-demo");

        assertEquals("/admin/home", currentPath());
        assertEquals("Administration", heading());
    }

    @Test
    void signInGivesANewSessionId() {
        open("/login");
        Cookie before = sessionCookie();
        assertNotNull(before, "the sign-in page starts a session");

        submitSignIn("mentor", "mentor-demo");

        Cookie after = sessionCookie();
        assertNotNull(after);
        assertNotEquals(before.getValue(), after.getValue());
        assertTrue(after.isHttpOnly(), "scripts cannot read the session cookie");
        assertEquals("Lax", after.getSameSite());
    }

    @Test
    void signOutFromTheUserMenuEndsTheSession() {
        signIn("learner", "learner-demo");

        find(By.cssSelector("#nav\\:user-menu > a")).click();
        WebElement signOut = find(By.id("nav:sign-out"));
        clickAndWaitForNewPage(signOut);

        assertEquals("/login", currentPath());
        assertTrue(pageText().contains("You are signed out."));
        open("/learner/home");
        assertEquals("/login", currentPath(), "the old session no longer opens the learner's pages");
    }
}
