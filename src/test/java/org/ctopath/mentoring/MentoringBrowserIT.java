package org.ctopath.mentoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ctopath.testing.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An administrator pairs mentors and learners; a mentor sees their own mentees only and confirms or
 * adjusts their self-ratings, which then count for the learner's gap.
 */
class MentoringBrowserIT extends BrowserTest {

    /** The learners table pages in the database; narrow it to the learners a test looks at. */
    private void findLearners(String text) {
        WebElement field = find(By.id("assign:text"));
        field.clear();
        field.sendKeys(text);
        browser.findElement(By.id("assign:search")).click();
        waitForPage();
    }

    private String mentorOf(String learnerName) {
        for (WebElement row : findAll(By.cssSelector("[id='assign:learners_data'] tr"))) {
            if (row.findElement(By.cssSelector(".learner-name")).getText().equals(learnerName)) {
                return row.findElement(By.cssSelector(".learner-mentor")).getText();
            }
        }
        throw new AssertionError(learnerName + " is not listed");
    }

    @Test
    void anAdministratorAssignsAWholeTeamOrTickedLearners() {
        signIn("admin", "admin-demo");
        open("/admin/home");
        clickAndWaitForNewPage(find(By.id("admin-mentors")));
        findLearners("Priya Nair");
        assertEquals(List.of("Priya Nair"), findAll(By.cssSelector("[id='assign:learners_data'] .learner-name")).stream()
                .map(WebElement::getText).toList(), "the search narrows the learners in the database");
        assertEquals("Grace Obi", mentorOf("Priya Nair"));

        chooseFromMenu("assign:mentor", "Marco Rossi");
        chooseFromMenu("assign:team", "Payments");
        browser.findElement(By.id("assign:assign")).click();
        waitForPage();
        assertTrue(pageText().contains("Marco Rossi now mentors 1 learner."), pageText());
        assertEquals("Marco Rossi", mentorOf("Priya Nair"));

        List<WebElement> rows = findAll(By.cssSelector("[id='assign:learners_data'] tr"));
        WebElement priya = rows.stream().filter(r -> r.getText().contains("Priya Nair")).findFirst().orElseThrow();
        priya.findElement(By.cssSelector(".ui-chkbox-box")).click();
        chooseFromMenu("assign:mentor", "Grace Obi");
        browser.findElement(By.id("assign:assign")).click();
        waitForPage();
        assertTrue(pageText().contains("Grace Obi now mentors 1 learner."), pageText());
        assertEquals("Grace Obi", mentorOf("Priya Nair"));
    }

    @Test
    void assigningWithoutLearnersOrMentorIsExplained() {
        signIn("admin", "admin-demo");
        open("/admin/mentors");

        browser.findElement(By.id("assign:assign")).click();
        waitForPage();

        assertEquals("Choose a mentor.", find(By.cssSelector("[id='assign:mentor'] ~ .ui-message")).getText());
    }

    @Test
    void aMentorAdjustsAMenteesSelfRatingAndItCountsForTheGap() {
        signIn("learner3", "learner-demo");
        open("/learner/assessment");
        String skill = find(By.cssSelector("[id='assessment:ratings_data'] tr:first-child .rating-skill")).getText();
        chooseFromMenu("assessment:ratings:0:level", "e-4 Lead Professional");
        browser.findElement(By.id("assessment:ratings:0:note")).sendKeys("Ran the <b>platform</b> board");
        clickAndWaitForNewPage(browser.findElement(By.id("assessment:save")));

        signIn("mentor2", "mentor-demo");
        List<String> mentees = findAll(By.cssSelector(".mentee-name")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("Priya Nair"), mentees, "a mentor's home lists their own mentees only");
        String menteePage = find(By.cssSelector(".mentee-name")).getAttribute("href");
        clickAndWaitForNewPage(find(By.cssSelector(".mentee-name")));
        int row = reviewRowOf(skill);
        String rowCss = "[id='review:ratings_data'] tr:nth-child(" + (row + 1) + ") ";
        assertEquals("Ran the <b>platform</b> board", find(By.cssSelector(rowCss + ".review-note")).getText());

        chooseFromMenu("review:ratings:" + row + ":level", "e-3 Senior Professional");
        browser.findElement(By.id("review:ratings:" + row + ":confirm")).click();
        waitForPage();
        assertEquals("Say why you adjust the level: the learner reads it.",
                find(By.cssSelector("[id='review:ratings:" + row + ":comment'] ~ .ui-message")).getText());

        browser.findElement(By.id("review:ratings:" + row + ":comment")).sendKeys("Board yes, but not yet across the <i>whole</i> estate");
        browser.findElement(By.id("review:ratings:" + row + ":confirm")).click();
        waitForPage();
        assertTrue(pageText().contains(skill + ": level adjusted."), pageText());
        row = reviewRowOf(skill);
        assertEquals("e-3 Senior Professional (mentor-confirmed)",
                find(By.cssSelector("[id='review:ratings_data'] tr:nth-child(" + (row + 1) + ") .review-counting")).getText());

        signIn("mentor", "mentor-demo");
        browser.get(menteePage);
        waitForPage();
        assertTrue(isPresent(By.id("error-404")), "another mentor is told there is no such mentee");

        signIn("learner3", "learner-demo");
        open("/learner/skill?code=" + menteePageSkillCode());
        assertEquals("Mentor", find(By.cssSelector("#history tbody tr:first-child td:nth-child(3)")).getText());
        assertEquals("Board yes, but not yet across the <i>whole</i> estate", find(By.cssSelector(".history-note")).getText());
    }

    private int reviewRowOf(String skill) {
        List<WebElement> skills = findAll(By.cssSelector("[id='review:ratings_data'] .review-skill"));
        for (int i = 0; i < skills.size(); i++) {
            if (skills.get(i).getText().equals(skill)) {
                return i;
            }
        }
        throw new AssertionError(skill + " is not on the mentee's page");
    }

    private String menteePageSkillCode() {
        open("/learner/assessment");
        return find(By.cssSelector("[id='assessment:ratings_data'] tr:first-child .rating-skill")).getAttribute("href").replaceFirst("^.*code=", "");
    }
}
