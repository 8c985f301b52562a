package org.ssehub.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;

/**
 * Debian's headless Chromium, driven through Debian's chromedriver given by path (so Selenium Manager
 * never tries to download one). Where they are missing the tests are skipped with a loud message,
 * except in CI ({@code CI=true}), where a missing browser fails the build.
 */
public final class Browser implements AutoCloseable {

    /** Every wait is on a condition; this is only the ceiling, generous for a busy 2-core machine. */
    public static final Duration WAIT = Duration.ofSeconds(30);
    /** One folder per server the suite runs on (failsafe names it in hub.server), so no run overwrites another's. */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots", System.getProperty("hub.server", "tomcat"));

    private static final String CHROMIUM = env("CHROMIUM_BIN", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = env("CHROMEDRIVER_BIN", "/usr/bin/chromedriver");

    // Debian's Chromium is newer than any CDP binding Selenium ships; the tests use WebDriver only, so
    // its warnings about that are noise. Held in fields: java.util.logging keeps loggers weakly.
    private static final java.util.logging.Logger CDP_LOG = quiet("org.openqa.selenium.devtools");
    private static final java.util.logging.Logger CHROMIUM_LOG = quiet("org.openqa.selenium.chromium");

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final List<LogEntry> console = new ArrayList<>();

    private Browser(ChromeDriverService service, ChromeDriver driver) {
        this.service = service;
        this.driver = driver;
    }

    /** Why there is no browser here, or null when there is one. */
    public static String missing() {
        return new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute() ? null
                : "BROWSER TESTS SKIPPED: no headless Chromium here (" + CHROMIUM + " and " + CHROMEDRIVER
                + " must both exist; `apt-get install chromium chromium-driver`, as .ci/run does, "
                + "or set CHROMIUM_BIN / CHROMEDRIVER_BIN)";
    }

    /**
     * Starts a browser; where there is none, says so loudly and returns null (the tests then skip),
     * except under CI=true, where a missing browser is an error.
     */
    public static Browser start() {
        File chromium = new File(CHROMIUM);
        File chromedriver = new File(CHROMEDRIVER);
        String message = missing();
        if (message != null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(message.replace("SKIPPED", "CANNOT RUN IN CI"));
            }
            System.err.println();
            System.err.println("!".repeat(100));
            System.err.println("!!! " + message);
            System.err.println("!".repeat(100));
            System.err.println();
            return null;
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver)
                .usingAnyFreePort()
                .withLogOutput(System.err)
                .withSilent(true)
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=en-US", "--hide-scrollbars");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        try {
            return new Browser(service, new ChromeDriver(service, options));
        } catch (RuntimeException e) {
            service.stop();
            throw e;
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** The visible text of the first element matching css, or "" when there is none. */
    public String text(String css) {
        List<WebElement> found = findAll(css);
        return found.isEmpty() ? "" : found.get(0).getText();
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Waits until the condition holds (re-evaluated every 100 ms), failing with what it was waiting for. */
    public void await(String what, Duration timeout, Supplier<Boolean> condition) {
        new WebDriverWait(driver, timeout, Duration.ofMillis(100))
                .withMessage(() -> what)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> condition.get());
    }

    public void await(String what, Supplier<Boolean> condition) {
        await(what, WAIT, condition);
    }

    /** Console messages at level SEVERE (errors, failed loads) since the last call, collected per page. */
    public List<String> consoleErrors() {
        console.addAll(driver.manage().logs().get(LogType.BROWSER).getAll());
        return console.stream().filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(e -> e.getLevel() + " " + e.getMessage()).toList();
    }

    public void clearConsole() {
        driver.manage().logs().get(LogType.BROWSER);
        console.clear();
    }

    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Saves a PNG of the full page under target/screenshots for a reviewer to look at. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            // Grow the window to the page's height so the picture shows all of it.
            Dimension size = driver.manage().window().getSize();
            Number height = (Number) script("return Math.ceil(document.documentElement.scrollHeight)");
            int fullHeight = Math.min(Math.max(height.intValue() + 140, 400), 6000);
            driver.manage().window().setSize(new Dimension(size.getWidth(), fullHeight));
            File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            driver.manage().window().setSize(size);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(png.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            System.out.println("screenshot: " + target.toAbsolutePath());
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
        }
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
