package org.ctopath.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ctopath.testing.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The bell and the notifications page in the browser. An administrator's test notification is
 * the one notification a person can cause from the pages alone.
 */
class NotificationsBrowserIT extends BrowserTest {

    private static final By BELL_COUNT = By.id("bell-count");
    private static final By FIRST_ROW = By.cssSelector("[id='notifications:list_data'] > tr");

    private void signInAfresh(String username, String password) {
        open("/login");
        browser.manage().deleteAllCookies();
        signIn(username, password);
    }

    @Test
    void theBellCountsWhatIsUnreadAndOpeningANotificationMarksItRead() {
        signIn("admin", "admin-demo");
        clickAndWaitForNewPage(find(By.id("nav:bell")));
        assertEquals("/notifications/index", currentPath());
        if (isPresent(By.id("notifications:mark-all-read"))) {
            clickAndWaitForNewPage(find(By.id("notifications:mark-all-read")));
        }
        assertFalse(isPresent(BELL_COUNT), "nothing unread to count");

        clickAndWaitForNewPage(find(By.id("notifications:send-test")));

        assertEquals("1", find(BELL_COUNT).getText());
        assertTrue(pageText().contains("Test notification sent; its mail goes to admin@demo.ctopath.example."), pageText());
        WebElement newest = find(FIRST_ROW);
        assertTrue(newest.getText().contains("Unread"), newest.getText());
        assertTrue(newest.getText().contains("Test notification"), newest.getText());
        assertTrue(newest.getText().contains("You sent yourself this test notification."), newest.getText());
        String address = newest.findElement(By.cssSelector("a.notification-subject")).getAttribute("href");

        signInAfresh("learner", "learner-demo");
        browser.get(address);
        waitForPage();
        assertTrue(isPresent(By.id("error-404")), "another person's notification is not there");

        signInAfresh("admin", "admin-demo");
        assertEquals("1", find(BELL_COUNT).getText(), "still unread after the learner's try");
        clickAndWaitForNewPage(find(By.id("nav:bell")));
        clickAndWaitForNewPage(find(FIRST_ROW).findElement(By.cssSelector("a.notification-subject")));

        assertEquals("/notifications/index", currentPath(), "a test notification leads to the list");
        assertFalse(isPresent(BELL_COUNT), "read now");
        assertFalse(find(FIRST_ROW).getText().contains("Unread"), find(FIRST_ROW).getText());
        assertTrue(pageText().contains("Nothing unread."), pageText());
    }

    @Test
    void onlyAdministratorsSendTestNotifications() {
        signIn("mentor", "mentor-demo");
        clickAndWaitForNewPage(find(By.id("nav:bell")));

        assertEquals("Notifications", heading());
        assertFalse(isPresent(By.id("notifications:send-test")));
    }
}
