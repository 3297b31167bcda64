package org.ctopath.testing.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.ctopath.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A browser test: Debian's headless Chromium driven by Selenium against the suite's one server.
 * One browser per test class, a clean cookie jar per test. Helpers wait for the page or for
 * PrimeFaces' ajax to settle, never for a fixed time.
 *
 * <p>After each test the browser's console is read, and any Content-Security-Policy violation fails
 * the test: so every browser test also proves that the pages it walks through work under the policy.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class BrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    protected static WebDriver browser;
    private static Path profileDir;

    @ArquillianResource
    protected URL baseURL;

    @Deployment
    public static WebArchive deployment() {
        return Deployments.application();
    }

    @BeforeAll
    static void startBrowser() throws IOException {
        profileDir = Files.createTempDirectory("ctopath-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profileDir, "--window-size=1280,900");
        // The console, where Chromium reports what the Content-Security-Policy refused.
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
        deleteQuietly(profileDir);
    }

    @BeforeEach
    void freshSession() {
        open("/login");
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(1280, 900));
        contentSecurityPolicyViolations();
    }

    @AfterEach
    void noContentSecurityPolicyViolations() {
        List<String> violations = contentSecurityPolicyViolations();
        if (!violations.isEmpty()) {
            throw new AssertionError("The Content-Security-Policy refused something on a page of this test:\n"
                    + String.join("\n", violations));
        }
    }

    /**
     * What the browser's console reported as refused by the Content-Security-Policy since this was last
     * asked (reading the console empties it).
     */
    protected List<String> contentSecurityPolicyViolations() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to")).toList();
    }

    /** Opens a path of the application, such as {@code /learner/home}. */
    protected void open(String path) {
        browser.get(url(path));
        waitForPage();
    }

    /**
     * The address of a path, on the loopback name {@code localhost} whatever address the server was
     * found at: the suite's APP_URL is https, so the session cookie is Secure, and browsers keep and send
     * Secure cookies over plain HTTP only to a host they trust as they trust https, which localhost is.
     * (The server listens on every interface.)
     */
    protected String url(String path) {
        String base = baseURL.toExternalForm().replaceFirst("^http://[^/:]+", "http://localhost");
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }

    /** The path of the current page within the application, without query. */
    protected String currentPath() {
        String current = browser.getCurrentUrl().replaceFirst("[?#].*$", "");
        String base = url("");
        return current.startsWith(base) ? current.substring(base.length()) : current;
    }

    /** Signs in afresh: whoever was signed in before is signed out first. */
    protected void signIn(String username, String password) {
        browser.manage().deleteAllCookies();
        open("/login");
        submitSignIn(username, password);
    }

    /** Fills in and sends the sign-in form on the current page. */
    protected void submitSignIn(String username, String password) {
        WebElement user = byLabel("Username");
        user.clear();
        user.sendKeys(username);
        WebElement pass = byLabel("Password");
        pass.clear();
        pass.sendKeys(password);
        clickAndWaitForNewPage(browser.findElement(By.xpath("//button[normalize-space(.)='Sign in']")));
    }

    /**
     * Clicks an element that sends a full request, and waits until the next document has loaded.
     * The old document is marked first: while it is unloading, Chromium may answer questions about
     * its elements with errors of any kind, so only the mark's absence is trusted.
     */
    protected void clickAndWaitForNewPage(WebElement element) {
        script("window.ctopathOldPage = true;");
        element.click();
        new WebDriverWait(browser, WAIT).ignoring(WebDriverException.class).until(d -> Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript("return !window.ctopathOldPage && document.readyState === 'complete';")));
        waitForPage();
    }

    /**
     * The input a visible label names, as a person finds it. A PrimeFaces label of a required
     * field carries its text in a span of its own, beside the asterisk.
     */
    protected WebElement byLabel(String label) {
        WebElement element = browser.findElement(By.xpath("//label[normalize-space(.)='" + label + "'"
                + " or normalize-space(span[contains(@class,'ui-outputlabel-label')])='" + label + "']"));
        return browser.findElement(By.id(element.getAttribute("for")));
    }

    /**
     * Picks the option of a PrimeFaces select-one menu that reads {@code label}, through the
     * widget's own API (as its panel does when clicked), so that ajax listeners run; waits for them.
     * Clicking into an animating overlay panel loses clicks under load.
     */
    protected void chooseFromMenu(String menuId, String label) {
        find(By.id(menuId));
        String widget = "widget_" + menuId.replaceAll("[:\\-]", "_");
        Object chosen = script("var select = document.getElementById(arguments[0] + '_input');"
                + "for (var i = 0; i < select.options.length; i++) { if (select.options[i].text.trim() === arguments[1]) return select.options[i].value; }"
                + "return null;", menuId, label);
        if (chosen == null) {
            throw new IllegalArgumentException(menuId + " offers no option '" + label + "'");
        }
        script("PrimeFaces.widgets[arguments[0]].selectValue(arguments[1]);", widget, chosen);
        waitForPage();
    }

    /**
     * Types into the input a label names, replacing what was there as a person does (select all,
     * delete: a plain clear() is undone by inputs that format as you type, such as PrimeFaces
     * inputNumber), and leaves the field with Tab so that it keeps the value. A date picker's calendar
     * stays open after this, over the fields below it: use {@link #enterDate} for dates in forms with
     * more to fill in.
     */
    protected void type(String label, String text) {
        WebElement input = byLabel(label);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
    }

    /**
     * Puts a day into a PrimeFaces date picker's text field (as typing it does) without opening the
     * calendar, which would cover the fields and buttons below.
     */
    protected void enterDate(String datePickerId, String isoDate) {
        script("var w = PrimeFaces.getWidgetById(arguments[0]); var d = arguments[1].split('-');"
                + " w.setDate(new Date(+d[0], +d[1] - 1, +d[2]));", datePickerId, isoDate);
        String shown = (String) script("return document.getElementById(arguments[0] + '_input').value;", datePickerId);
        if (!isoDate.equals(shown)) {
            throw new IllegalStateException(datePickerId + " shows '" + shown + "' instead of " + isoDate);
        }
    }

    protected WebElement find(By by) {
        return new WebDriverWait(browser, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    protected List<WebElement> findAll(By by) {
        return browser.findElements(by);
    }

    protected boolean isPresent(By by) {
        return !browser.findElements(by).isEmpty();
    }

    protected String pageText() {
        return browser.findElement(By.tagName("body")).getText();
    }

    protected String heading() {
        return find(By.tagName("h1")).getText();
    }

    protected Cookie sessionCookie() {
        return browser.manage().getCookieNamed("JSESSIONID");
    }

    /**
     * Requests a path of the application from the page, with the browser's session, and answers the
     * status and the first characters of the body: {@code "200 %PDF-"}.
     */
    protected String fetch(String path) {
        return (String) script("var x = new XMLHttpRequest(); x.open('GET', arguments[0], false); x.send();"
                + " return x.status + ' ' + x.responseText.substring(0, 5);", path.startsWith("http") ? path : url(path));
    }

    protected Object script(String js, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(js, args);
    }

    /** Waits until the document has loaded and no PrimeFaces ajax request is under way. */
    protected void waitForPage() {
        new WebDriverWait(browser, WAIT).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete'"
                        + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (!window.jQuery || jQuery.active === 0);")));
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
