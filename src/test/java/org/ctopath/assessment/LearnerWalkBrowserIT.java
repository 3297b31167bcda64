package org.ctopath.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.ctopath.testing.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A learner's whole walk, from the first sign-in through self-assessment and a plan to a completed
 * item and a changed gap, typing markup into every text field on the way: each must come back as
 * the text typed. Markup that ran would leave an element behind or an alert open (which fails the
 * next browser command).
 */
class LearnerWalkBrowserIT extends BrowserTest {

    private static final String MARKUP = "<img src=x onerror=alert(1)><script>alert(2)</script><b>bold</b>";

    private Optional<String> gapOf(String skillName) {
        return findAll(By.cssSelector("#gaps tbody tr")).stream()
                .filter(row -> !row.findElements(By.cssSelector(".gap-skill")).isEmpty()
                        && row.findElement(By.cssSelector(".gap-skill")).getText().equals(skillName))
                .map(row -> row.findElement(By.cssSelector(".gap-size")).getText()).findFirst();
    }

    private void assertNoInjectedMarkup() {
        assertFalse(isPresent(By.xpath("//img[@src='x'] | //b[.='bold'] | //i[.='GR']")), "typed markup became elements");
    }

    private int rowOfSkill(String skillName) {
        var rows = findAll(By.cssSelector("[id='assessment:ratings_data'] tr"));
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).findElement(By.cssSelector(".rating-skill")).getText().equals(skillName)) {
                return i;
            }
        }
        throw new AssertionError(skillName + " is not on the self-assessment page");
    }

    @Test
    void fromFirstSignInThroughAPlanToACompletedItemAndASmallerGap() {
        signIn("learner2", "learner-demo");
        assertEquals("/learner/home", currentPath());
        clickAndWaitForNewPage(find(By.id("open-assessment")));

        chooseFromMenu("assessment:ratings:0:level", "e-1 Associate");
        browser.findElement(By.id("assessment:ratings:0:note")).sendKeys(MARKUP);
        chooseFromMenu("assessment:ratings:1:level", "e-1 Associate");
        clickAndWaitForNewPage(browser.findElement(By.id("assessment:save")));
        assertEquals("/learner/gaps", currentPath(), pageText());

        open("/learner/plans");
        clickAndWaitForNewPage(browser.findElement(By.id("create:create-plan")));
        assertEquals("/learner/plan", currentPath());

        WebElement title = browser.findElement(By.id("plan:title"));
        title.clear();
        title.sendKeys(MARKUP);
        browser.findElement(By.id("plan:save-schedule")).click();
        waitForPage();
        assertEquals(MARKUP, heading(), "the plan's title is shown as typed");
        assertNoInjectedMarkup();

        String itemSkill = find(By.cssSelector("[id='plan:items_data'] tr:first-child .app-muted")).getText().replaceFirst("^.* · for ", "");
        String planPage = browser.getCurrentUrl();
        open("/learner/gaps");
        Optional<String> before = gapOf(itemSkill);
        assertTrue(before.isPresent(), itemSkill + " has a gap before the plan's first item is done");
        browser.get(planPage);
        waitForPage();

        chooseFromMenu("plan:items:1:status", "Skipped");
        browser.findElement(By.id("plan:items:1:reason")).sendKeys(MARKUP);
        browser.findElement(By.id("plan:items:1:save-progress")).click();
        waitForPage();
        assertEquals(MARKUP, browser.findElement(By.id("plan:items:1:reason")).getAttribute("value"));
        assertNoInjectedMarkup();

        chooseFromMenu("plan:items:0:status", "Completed");
        browser.findElement(By.id("plan:items:0:save-progress")).click();
        waitForPage();
        assertTrue(pageText().contains("completed. It builds"), pageText());
        clickAndWaitForNewPage(find(By.id("plan:rate-again-link")));
        assertEquals("/learner/assessment", currentPath());
        int row = rowOfSkill(itemSkill);
        String target = find(By.cssSelector("[id='assessment:ratings_data'] tr:nth-child(" + (row + 1) + ") .app-muted")).getText()
                .replaceFirst("^Target (.*) · last rated.*$", "$1");
        chooseFromMenu("assessment:ratings:" + row + ":level", target);
        clickAndWaitForNewPage(browser.findElement(By.id("assessment:save")));

        assertEquals("/learner/gaps", currentPath());
        assertNotEquals(before, gapOf(itemSkill), "rating the skill at its target after the item closes its gap");
        assertTrue(gapOf(itemSkill).map("0"::equals).orElse(true));

        open("/learner/skill?code=" + find(By.cssSelector(".gap-skill")).getAttribute("href").replaceFirst("^.*code=", ""));
        assertNoInjectedMarkup();
    }

    @Test
    void certificateNumbersAndCpdDescriptionsAreShownAsTyped() {
        signIn("learner2", "learner-demo");
        open("/learner/certifications");
        chooseFromMenu("attempt:certification", "ITIL 4 Foundation");
        type("Certificate number", "<i>GR</i>\"'&");
        enterDate("attempt:on", "2026-09-01");
        clickAndWaitForNewPage(browser.findElement(By.id("attempt:record")));
        assertTrue(findAll(By.cssSelector("[id='attempts'] td")).stream().anyMatch(td -> td.getText().contains("<i>GR</i>\"'&")), browser.getPageSource());

        chooseFromMenu("cpd:category", "Professional experience");
        enterDate("cpd:cpdOn", "2026-09-02");
        type("Points", "2");
        type("What you did", MARKUP);
        clickAndWaitForNewPage(browser.findElement(By.id("cpd:log")));
        assertTrue(findAll(By.cssSelector(".cpd-description")).stream().anyMatch(d -> d.getText().equals(MARKUP)), pageText());
        assertNoInjectedMarkup();
    }
}
