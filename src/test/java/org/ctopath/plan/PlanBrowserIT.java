package org.ctopath.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ctopath.testing.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A learner drafts a plan for all gaps, works through an item and sees the plan's progress move. */
class PlanBrowserIT extends BrowserTest {

    private int rowOfPlan(String title) {
        List<WebElement> titles = findAll(By.cssSelector(".mentee-plan-title"));
        for (int i = 0; i < titles.size(); i++) {
            if (titles.get(i).getText().equals(title)) {
                return i;
            }
        }
        throw new AssertionError(title + " is not among the mentee's plans");
    }

    private String progress() {
        return find(By.id("plan-progress")).getText();
    }

    @Test
    void aPlanForAllGapsIsDraftedScheduledAndProgressed() {
        signIn("learner", "learner-demo");
        clickAndWaitForNewPage(find(By.id("open-plans")));
        type("Hours a week", "6");
        clickAndWaitForNewPage(browser.findElement(By.id("create:create-plan")));

        assertEquals("/learner/plan", currentPath());
        assertTrue(pageText().contains("Your plan is drafted:"), pageText());
        assertEquals("0 % done", progress());
        List<WebElement> rows = findAll(By.cssSelector("[id='plan:items'] tbody tr"));
        assertTrue(rows.size() >= 6, "an item or more per gap");
        List<String> dates = findAll(By.cssSelector(".item-dates")).stream().map(WebElement::getText).toList();
        assertTrue(dates.get(0).matches("\\d{4}-\\d{2}-\\d{2} → \\d{4}-\\d{2}-\\d{2}"), dates.get(0));

        chooseFromMenu("plan:items:0:status", "Completed");
        browser.findElement(By.id("plan:items:0:save-progress")).click();
        waitForPage();

        assertTrue(pageText().contains("completed. It builds"), pageText());
        assertTrue(isPresent(By.id("plan:rate-again-link")), "completing an item invites a fresh self-rating");
        assertNotEquals("0 % done", progress(), "completing an item moves the plan on");

        assertFalse(isPresent(By.id("plan:activate")), "a learner with a mentor cannot make a plan active unreviewed");
        browser.findElement(By.id("plan:submit-review")).click();
        waitForPage();
        assertEquals("Waiting for review", find(By.cssSelector("#plan-summary .plan-state")).getText());
        String planPage = browser.getCurrentUrl();
        String planTitle = heading();

        signIn("mentor", "mentor-demo");
        assertTrue(find(By.id("bell-count")).getText().matches("[1-9][0-9]*"),
                "the mentor's bell counts the request");
        browser.findElements(By.cssSelector(".mentee-name")).stream().filter(a -> a.getText().equals("Lena Fischer"))
                .findFirst().orElseThrow().click();
        waitForPage();
        int row = rowOfPlan(planTitle);
        browser.findElement(By.id("plans:plans:" + row + ":send-back")).click();
        waitForPage();
        assertEquals("Say what to change: the learner reads it.",
                find(By.cssSelector("[id='plans:plans:" + row + ":comment'] ~ .ui-message")).getText());
        browser.findElement(By.id("plans:plans:" + row + ":comment")).sendKeys("Good start; keep <b>Foundation</b> first");
        browser.findElement(By.id("plans:plans:" + row + ":approve")).click();
        waitForPage();
        assertEquals("Active", findAll(By.cssSelector(".mentee-plan-state")).get(row).getText());

        signIn("learner", "learner-demo");
        browser.get(planPage);
        waitForPage();
        assertEquals("Active", find(By.cssSelector("#plan-summary .plan-state")).getText());
        WebElement latest = find(By.cssSelector(".plan-step"));
        assertTrue(latest.getText().contains("Your mentor: Active"), latest.getText());
        assertEquals("Good start; keep <b>Foundation</b> first", latest.findElement(By.cssSelector(".plan-step-comment")).getText()
                .replace("“", "").replace("”", ""));
        String shown = progress();

        open("/learner/home");
        assertEquals(shown, find(By.id("home-progress")).getText(), "the home page shows the active plan's progress");
        assertTrue(findAll(By.cssSelector("#next-due li")).size() >= 1);
    }

    @Test
    void skippingWithoutAReasonIsExplainedNextToTheItem() {
        signIn("learner", "learner-demo");
        open("/learner/plans");
        clickAndWaitForNewPage(browser.findElement(By.id("create:create-plan")));

        chooseFromMenu("plan:items:1:status", "Skipped");
        browser.findElement(By.id("plan:items:1:save-progress")).click();
        waitForPage();

        assertEquals("Say why you skip it.", find(By.cssSelector("[id='plan:items:1:reason'] ~ .ui-message-error")).getText());
    }

    @Test
    void aPlanThatIsNotTheLearnersIsNotThere() {
        signIn("learner", "learner-demo");

        open("/learner/plan?id=987654321");

        assertTrue(isPresent(By.id("error-404")));
    }
}
