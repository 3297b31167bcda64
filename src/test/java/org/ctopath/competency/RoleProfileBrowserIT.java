package org.ctopath.competency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ctopath.testing.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/** The role profile page, as each role reads it. */
class RoleProfileBrowserIT extends BrowserTest {

    @Test
    void theProfileShowsAllSixSkillsWithIndicatorsTargetsAndTheScale() {
        signIn("learner", "learner-demo");

        clickAndWaitForNewPage(find(By.id("nav:nav-profile")));

        assertEquals("/competency/profile", currentPath());
        assertEquals("Role profile: Chief Technology Officer", heading());
        List<String> skills = findAll(By.cssSelector(".skill-name")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("Architecture Design", "Technology Trend Monitoring", "Innovating",
                "Best Practice Processes, Methods and Tools", "Leadership and teamwork", "Planning and Organisation"), skills);
        assertEquals(21, findAll(By.cssSelector(".indicator")).size(), "every indicator of the six skills");
        List<WebElement> cards = findAll(By.cssSelector(".skill-card"));
        assertTrue(cards.get(0).getText().contains("Target: e-5 Principal"));
        assertTrue(cards.get(3).getText().contains("Target: e-4 Lead Professional"));
        assertTrue(cards.get(4).getText().contains("Recognize and promote achievements."));
        assertEquals(5, findAll(By.cssSelector("[id$='scale_data'] > tr")).size(), "five levels in the scale table");
    }

    @Test
    void mentorsAndAdministratorsReadTheSameProfile() {
        for (String[] account : new String[][] {{"mentor", "mentor-demo"}, {"admin", "admin-demo"}}) {
            browser.manage().deleteAllCookies();
            signIn(account[0], account[1]);
            open("/competency/profile");
            assertEquals(6, findAll(By.cssSelector(".skill-name")).size(), account[0]);
        }
    }

    @Test
    void anUnknownProfileGetsTheFriendlyNotFoundPage() {
        signIn("learner", "learner-demo");

        open("/competency/profile?code=NO-SUCH-ROLE");

        assertTrue(isPresent(By.id("error-404")));
        assertTrue(pageText().contains("There is nothing at this address"));
    }

    @Test
    void theProfileReadsAtPhoneWidthWithoutSidewaysScrolling() {
        signIn("learner", "learner-demo");
        browser.manage().window().setSize(new Dimension(390, 844));

        open("/competency/profile");

        long overflow = ((Number) script("return document.documentElement.scrollWidth - window.innerWidth;")).longValue();
        assertTrue(overflow <= 0, "page is " + overflow + "px wider than the phone");
        WebElement first = findAll(By.cssSelector(".skill-card")).get(0);
        assertTrue(first.getSize().getWidth() <= 390, "a skill card fits the screen");
    }
}
