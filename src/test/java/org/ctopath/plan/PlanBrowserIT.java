package org.ctopath.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ctopath.testing.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A learner drafts a plan for all gaps, works through an item and sees the plan's progress move. */
class PlanBrowserIT extends BrowserTest {

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

        browser.findElement(By.id("plan:activate")).click();
        waitForPage();
        assertEquals("Active", find(By.cssSelector("#plan-summary .plan-state")).getText());
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
