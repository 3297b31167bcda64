package org.ctopath.mentoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.ctopath.testing.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Grace assigns a report to her mentee Priya with a due date and a note; Priya finds it in her plan
 * marked as assigned, cannot remove it, asks about it in a comment and completes it; Grace is
 * notified of the item and of the plan it completes, sees the comment as new, and reads that the
 * item is done.
 */
class AssignedLearningBrowserIT extends BrowserTest {

    private static final String REPORT = "Accelerate State of DevOps Report";
    private static final By FIRST_NOTIFICATION = By.cssSelector("[id='notifications:list_data'] > tr:first-child");

    private int rowOf(String tableId, String titleCss, String title) {
        List<WebElement> titles = findAll(By.cssSelector("[id='" + tableId + "_data'] " + titleCss));
        for (int i = 0; i < titles.size(); i++) {
            if (titles.get(i).getText().equals(title)) {
                return i;
            }
        }
        throw new AssertionError(title + " is not in " + tableId);
    }

    @Test
    void aMentorAssignsAnItemTheLearnerCompletesItAndTheMentorIsNotified() {
        LocalDate due = LocalDate.now(ZoneOffset.UTC).plusDays(12);
        signIn("mentor2", "mentor-demo");
        clickAndWaitForNewPage(find(By.cssSelector(".mentee-name")));
        clickAndWaitForNewPage(find(By.id("assign-to-mentee")));
        assertEquals("/mentor/assign", currentPath());
        assertTrue(find(By.cssSelector("[id='assign:mentees'] .ui-chkbox-box")).getAttribute("class").contains("ui-state-active"),
                "the mentee the mentor came from is ticked");

        browser.findElement(By.id("assign:assign-button")).click();
        waitForPage();
        assertEquals("Choose a resource from the catalogue.", find(By.cssSelector("[id='assign:resource'] ~ .ui-message")).getText());
        assertEquals("Choose the day it is due.", find(By.cssSelector("[id='assign:due'] ~ .ui-message")).getText());

        chooseFromMenu("assign:resource", REPORT + " (Article)");
        enterDate("assign:due", due.toString());
        browser.findElement(By.id("assign:note")).sendKeys("Bring the <b>four keys</b> to our next session");
        browser.findElement(By.id("assign:assign-button")).click();
        waitForPage();
        assertTrue(pageText().contains(REPORT + " (Article): added to the plan of Priya Nair."), pageText());

        signIn("learner3", "learner-demo");
        open("/notifications/index");
        assertTrue(find(FIRST_NOTIFICATION).getText().contains("Grace Obi assigned you \"" + REPORT + "\""), find(FIRST_NOTIFICATION).getText());
        clickAndWaitForNewPage(find(By.cssSelector("[id='notifications:list_data'] > tr:first-child .notification-subject")));
        assertEquals("/learner/plan", currentPath());
        int row = rowOf("plan:items", ".item-title", REPORT);
        String rowCss = "[id='plan:items_data'] > tr:nth-child(" + (row + 1) + ") ";
        assertEquals("Grace Obi", find(By.cssSelector(rowCss + ".item-assigned-by")).getText());
        assertEquals("Bring the <b>four keys</b> to our next session", find(By.cssSelector(rowCss + ".item-assignment-note")).getText());
        assertTrue(find(By.cssSelector(rowCss + ".item-dates")).getText().endsWith(due.toString()), "due when the mentor said");
        assertFalse(isPresent(By.id("plan:items:" + row + ":remove")), "an assigned item cannot be removed");

        browser.findElement(By.id("plan:items:" + row + ":comments")).click();
        waitForPage();
        find(By.id("thread:comment")).sendKeys("Which year's report?");
        browser.findElement(By.id("thread:send")).click();
        waitForPage();
        assertEquals("Which year's report?", find(By.cssSelector("#thread .thread-body")).getText());
        script("PF('threadDialog').hide();");

        chooseFromMenu("plan:items:" + row + ":status", "Completed");
        browser.findElement(By.id("plan:items:" + row + ":save-progress")).click();
        waitForPage();

        signIn("mentor2", "mentor-demo");
        assertTrue(find(By.id("bell-count")).getText().matches("[1-9][0-9]*"), "the mentor's bell counts what happened");
        open("/notifications/index");
        WebElement completed = findAll(By.cssSelector("[id='notifications:list_data'] .notification-subject")).stream()
                .filter(n -> n.getText().equals("Priya Nair completed \"" + REPORT + "\"")).findFirst()
                .orElseThrow(() -> new AssertionError("no notice of the completed item: " + pageText()));
        assertTrue(pageText().contains("Priya Nair completed the plan \"Learning assigned by Grace Obi\""),
                "the only item done, the plan the assignment made is completed too");
        clickAndWaitForNewPage(completed);
        assertEquals("/mentor/mentee", currentPath());
        int mentorRow = rowOf("items:items", ".mentee-item-title", REPORT);
        String mentorCss = "[id='items:items_data'] > tr:nth-child(" + (mentorRow + 1) + ") ";
        assertEquals("Completed", find(By.cssSelector(mentorCss + ".mentee-item-status")).getText());
        WebElement comments = find(By.id("items:items:" + mentorRow + ":comments"));
        assertEquals("Comments (1 new)", comments.getText());
        comments.click();
        waitForPage();
        assertTrue(find(By.cssSelector("#thread .thread-new")).getText().contains("Which year's report?"));
        find(By.id("thread:comment")).sendKeys("The latest one.");
        browser.findElement(By.id("thread:send")).click();
        waitForPage();
        assertEquals(2, findAll(By.cssSelector("#thread .thread-body")).size());
        script("PF('threadDialog').hide();");
        open("/mentor/mentee?id=" + browser.getCurrentUrl().replaceFirst("^.*id=", ""));
        assertEquals("Comments", find(By.id("items:items:" + mentorRow + ":comments")).getText(), "nothing unread once read");
    }
}
