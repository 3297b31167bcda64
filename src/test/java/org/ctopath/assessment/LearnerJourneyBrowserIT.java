package org.ctopath.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ctopath.testing.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A learner rates themselves and sees the gap change; what they type is shown as text, never as markup. */
class LearnerJourneyBrowserIT extends BrowserTest {

    private String gapOf(String skillName) {
        for (WebElement row : findAll(By.cssSelector("#gaps tbody tr"))) {
            if (row.findElement(By.cssSelector(".gap-skill")).getText().equals(skillName)) {
                return row.findElement(By.cssSelector(".gap-size")).getText();
            }
        }
        throw new AssertionError(skillName + " is not on the gaps page");
    }

    @Test
    void aSelfRatingNarrowsTheGapAndLeavesATrend() {
        signIn("learner", "learner-demo");
        clickAndWaitForNewPage(find(By.id("open-assessment")));
        assertEquals("/learner/assessment", currentPath());

        chooseFromMenu("assessment:ratings:0:level", "e-3 Senior Professional");
        browser.findElement(By.id("assessment:ratings:0:note")).sendKeys("<b>Led</b> the <script>alert(1)</script> platform redesign");
        clickAndWaitForNewPage(browser.findElement(By.id("assessment:save")));

        assertEquals("/learner/gaps", currentPath());
        assertTrue(pageText().contains("1 rating saved. Your gaps are up to date."), pageText());
        assertEquals("2", gapOf("Architecture Design"));
        assertTrue(isPresent(By.cssSelector("#radar canvas")), "the radar chart is drawn");
        assertTrue(findAll(By.cssSelector(".recommendation-reason")).stream().anyMatch(r -> r.getText().contains("of Architecture Design")));

        chooseFromMenuAndSave("e-4 Lead Professional");
        assertEquals("1", gapOf("Architecture Design"));

        open("/learner/skill?code=ARCH-DESIGN");
        List<String> levels = findAll(By.cssSelector(".history-level")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("e-4 Lead Professional", "e-3 Senior Professional"), levels.subList(0, 2));
        assertEquals("<b>Led</b> the <script>alert(1)</script> platform redesign",
                findAll(By.cssSelector(".history-note")).get(1).getText(), "markup is shown as typed, not run");
    }

    private void chooseFromMenuAndSave(String level) {
        open("/learner/assessment");
        chooseFromMenu("assessment:ratings:0:level", level);
        clickAndWaitForNewPage(browser.findElement(By.id("assessment:save")));
    }

    @Test
    void anEvidenceLinkThatIsNotAWebAddressIsExplainedNextToIt() {
        signIn("learner", "learner-demo");
        open("/learner/assessment");

        chooseFromMenu("assessment:ratings:1:level", "e-2 Professional");
        browser.findElement(By.id("assessment:ratings:1:evidence")).sendKeys("javascript:alert(1)");
        clickAndWaitForNewPage(browser.findElement(By.id("assessment:save")));

        assertEquals("/learner/assessment", currentPath());
        assertEquals("Evidence must be a web address starting with https:// or http://.",
                find(By.cssSelector("[id='assessment:ratings:1:evidence'] + .ui-message")).getText());
    }

    @Test
    void aSkillOutsideTheTargetProfileHasNoPage() {
        signIn("learner", "learner-demo");

        open("/learner/skill?code=CLOUD-COST");

        assertTrue(isPresent(By.id("error-404")));
    }
}
