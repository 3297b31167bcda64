package org.ctopath.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.ctopath.testing.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Names are anyone's text and pages hand them to scripts (charts): a name that looks like markup stays
 * text on every chart page, and no script of it runs. The data is the test's own, made through the
 * administration pages: a skill and a team with hostile names, a role profile and a learner.
 */
class ScriptSafetyBrowserIT extends BrowserTest {

    /** Ends a script element and starts one; with an alert, which Selenium reports on the next command. */
    private static final String SCRIPT_IN_NAME = "</script><script>window.__xss=1;alert(1)</script>";

    /** Team names cannot hold a slash; this one makes a script element swallow the next one instead. */
    private static final String COMMENT_IN_NAME = "<!--<script> &";

    @Test
    void hostileNamesStayTextOnEveryChartPage() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String skill = "Arch " + tag + " " + SCRIPT_IN_NAME;
        String team = "Ops " + tag + " " + COMMENT_IN_NAME;
        String profileCode = "XSS-" + tag;
        String username = "xss-" + tag.toLowerCase();
        String password = "plain text only " + tag; // not made of their name or username: the password rules refuse that
        signIn("admin", "admin-demo");

        open("/admin/framework/skill");
        byLabel("Code").sendKeys("XSS-" + tag);
        byLabel("Name").sendKeys(skill);
        byLabel("Behavioural indicators (one per line)").sendKeys("Keeps names as text");
        chooseFromMenu("skill:group", "CTO development framework › Technical leadership and strategy");
        clickAndWaitForNewPage(find(By.id("skill:save")));
        assertEquals("/admin/framework/skills", currentPath(), pageText());

        open("/admin/framework/profile");
        byLabel("Code").sendKeys(profileCode);
        byLabel("Name").sendKeys("Hostile names " + tag);
        chooseFromMenu("profile:targets:0:skill", skill);
        chooseFromMenu("profile:targets:0:level", "e-5 Principal");
        find(By.id("profile:add-target")).click();
        waitForPage();
        chooseFromMenu("profile:targets:1:skill", "Leadership and teamwork");
        chooseFromMenu("profile:targets:1:level", "e-5 Principal");
        clickAndWaitForNewPage(find(By.id("profile:save")));
        assertEquals("/admin/framework/profiles", currentPath(), pageText());

        Path file = Files.createTempFile("hostile-people", ".csv");
        Files.writeString(file, "name,email,username,team,manager,role_profile,roles\n"
                + "Hostile Learner," + username + "@example.org," + username + "," + team + ",," + profileCode + ",\n", StandardCharsets.UTF_8);
        open("/admin/people/import");
        browser.findElement(By.cssSelector("[id='import:file'] input[type='file']")).sendKeys(file.toString());
        assertEquals("1 person created, 0 updated, 0 unchanged, 1 team created", find(By.id("summary")).getText());
        Files.delete(file);

        open("/admin/people/index");
        type("Search", username);
        find(By.id("list:search")).click();
        waitForPage();
        clickAndWaitForNewPage(findAll(By.cssSelector(".person-link")).get(0));
        type("Password", password);
        find(By.id("person:save")).click();
        waitForPage();

        // Plans for the team that started long ago: each has items past their due date (the overdue report).
        open("/admin/bulk-plans");
        chooseFromMenu("bulk:team", team);
        enterDate("bulk:start", LocalDate.now().minusDays(300).toString());
        type("Hours a week", "40");
        find(By.id("bulk:make")).click();
        waitForPage();
        assertTrue(pageText().contains("1 plan"), pageText());

        signIn(username, password);
        open("/learner/gaps");
        assertNoScriptRan();
        assertTrue(findAll(By.cssSelector(".gap-skill")).stream().map(WebElement::getText).anyMatch(skill::equals),
                "the skill's name is shown as text");
        assertTrue(chartLabels().contains(skill), "the radar chart names the skill: " + chartLabels());
        assertTrue(pageText().contains("CTO Path · a development path"), "the page is whole, to its footer");

        signIn("admin", "admin-demo");
        for (String report : List.of("plans", "overdue")) {
            open("/admin/reports/" + report);
            assertNoScriptRan();
            assertTrue(chartLabels().contains(team), report + ": the chart names the team " + chartLabels());
            assertTrue(pageText().contains("CTO Path · a development path"), report + ": the page is whole, to its footer");
        }
        // Certification codes are capitals, digits and hyphens; the chart is still made the same safe way.
        open("/admin/reports/certifications");
        assertNoScriptRan();
        assertFalse(chartLabels().isEmpty(), "the certifications chart is drawn");
    }

    @Test
    void theConsoleCheckSeesWhatThePolicyRefuses() {
        open("/login");
        assertTrue(contentSecurityPolicyViolations().isEmpty());

        // An inline script added the way an injected one would be: without the page's nonce.
        script("var s = document.createElement('script'); s.textContent = 'window.__xss = 1;'; document.body.appendChild(s);");

        assertNull(script("return window.__xss;"), "the policy kept the script from running");
        List<String> refused = contentSecurityPolicyViolations();
        assertEquals(1, refused.size(), refused.toString());
        assertTrue(refused.get(0).contains("Content Security Policy"), refused.get(0));
    }

    /** No script of a name ran: no alert is open (Selenium would throw) and the marker is unset. */
    private void assertNoScriptRan() {
        assertNull(script("return window.__xss;"), "a script from a name ran");
    }

    /** The labels of the page's charts, as PrimeFaces handed them to Chart.js. */
    @SuppressWarnings("unchecked")
    private List<String> chartLabels() {
        return (List<String>) script("var out = [];"
                + " Object.values(PrimeFaces.widgets).forEach(function (w) {"
                + "   if (w && w.cfg && w.cfg.config && w.cfg.config.data && w.cfg.config.data.labels) {"
                + "     w.cfg.config.data.labels.forEach(function (l) { out.push(String(l)); }); } });"
                + " return out;");
    }
}
