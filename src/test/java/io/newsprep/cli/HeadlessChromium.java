package io.newsprep.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium and chromedriver, driven headless through Selenium with everything that would reach the network
 * switched off. Where they are missing the browser tests are skipped with a message, unless
 * {@value #REQUIRED} is set (as {@code .ci/run} does, after installing them), in which case they fail.
 */
final class HeadlessChromium {

    static final String REQUIRED = "NEWSPREP_BROWSER_TESTS";

    private static final Path BROWSER = Path.of(System.getProperty("newsprep.chromium", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("newsprep.chromedriver", "/usr/bin/chromedriver"));

    private HeadlessChromium() {
    }

    /** A new browser with its own empty profile in {@code profileDir}; quit it when done. */
    static ChromeDriver start(Path profileDir, int width, int height) throws IOException {
        if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
            String missing = "no " + BROWSER + " or " + DRIVER + " (apt-get install chromium chromium-driver)";
            if (System.getenv(REQUIRED) != null) {
                Assertions.fail(missing + ", and " + REQUIRED + " is set");
            }
            Assumptions.abort("browser test skipped: " + missing);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--hide-scrollbars", "--window-size=" + width + "," + height,
                "--user-data-dir=" + Files.createDirectories(profileDir).toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort()
                .withTimeout(Duration.ofSeconds(60))
                .build();
        return new ChromeDriver(service, options);
    }
}
