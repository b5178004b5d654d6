package io.newsprep.cli;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * report.html of a real run, opened in a real headless browser: it renders its charts, shows the numbers of
 * report.json, links to the run's files, asks for nothing over the network, and shows hostile input as text.
 */
class ReportHtmlIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String HOSTILE_FILE = "<img src=x onerror=alert(2)>.txt";
    /** A site name is taken from a copyright line only when another line of the page names it too. */
    private static final String HOSTILE_COPYRIGHT = "\nMore from <script>alert(\"x\")</script> Gazette\n"
            + "© 2026 <script>alert(\"x\")</script> Gazette & Co. All rights reserved.\n";

    @TempDir
    Path work;

    @Test
    void theReportRendersItsChartsWithTheNumbersOfReportJson() throws Exception {
        Path input = RejectingFolder.write(work.resolve("input"));
        Files.writeString(input.resolve("g-gazette.txt"), Files.readString(
                Path.of("src/test/resources/seeds/002_edcc27ee5c39481f.txt"), StandardCharsets.UTF_8) + HOSTILE_COPYRIGHT,
                StandardCharsets.UTF_8);
        Files.writeString(input.resolve(HOSTILE_FILE), "", StandardCharsets.UTF_8);
        assertThat(JarRunner.run(work, "ingest", "--input", input.toString(), "--output", "out").exitCode()).isZero();
        JarRunner.Result second = JarRunner.run(work, "ingest", "--input", input.toString(), "--output", "out", "--reprocess");
        assertThat(second.exitCode()).as(second.stderr()).isZero();
        Path run = Path.of(second.lastStdoutLine());
        JsonNode report = JSON.readTree(run.resolve("report.json").toFile());

        ChromeDriver browser = HeadlessChromium.start(work.resolve("profile"), 1400, 2000);
        try {
            browser.get(run.resolve("report.html").toUri().toString());

            assertThat(browser.getTitle()).isEqualTo("newsprep run " + report.get("run_id").asString());
            List<WebElement> charts = browser.findElements(By.cssSelector("svg.chart"));
            assertThat(charts).hasSize(5);
            for (WebElement chart : charts) {
                Dimension size = chart.getSize();
                assertThat(size.getWidth()).as("chart width").isGreaterThan(100);
                assertThat(size.getHeight()).as("chart height").isGreaterThan(20);
            }
            List<WebElement> bars = browser.findElements(By.cssSelector("svg rect.bar"));
            assertThat(bars).hasSizeGreaterThan(10);
            for (WebElement bar : bars) {
                assertThat(bar.getSize().getWidth()).isPositive();
                assertThat(bar.getSize().getHeight()).isPositive();
            }

            Set<String> shown = new HashSet<>();
            for (WebElement figure : browser.findElements(By.cssSelector("[data-figure]"))) {
                String path = figure.getDomAttribute("data-figure");
                shown.add(path);
                JsonNode value = at(report, path);
                assertThat(value).as(path).isNotNull();
                String expected = value.isNull() ? "\u2014" : value.asString();
                assertThat(figure.getText()).as(path).isEqualTo(expected);
            }
            assertThat(shown).containsAll(expectedFigures(report));

            assertThat(browser.findElements(By.tagName("script"))).isEmpty();
            assertThat(browser.findElements(By.tagName("img"))).isEmpty();
            assertThat(browser.findElements(By.cssSelector("[src]"))).isEmpty();
            assertThat(browser.findElement(By.id("reject-list")).getText()).contains(HOSTILE_FILE);
            WebElement publishers = browser.findElement(By.id("publishers"));
            assertThat(publishers.getText()).contains("script>alert(\"x\")</script> Gaze");
            assertThat(publishers.getDomProperty("textContent")).contains("script>alert(\"x\")</script> Gazette");
            assertThat(report.get("publishers").toString()).contains("</script> Gazette");

            List<String> linked = new ArrayList<>();
            for (WebElement link : browser.findElements(By.cssSelector("a[href]"))) {
                String href = link.getDomAttribute("href");
                assertThat(href).as("a relative link").doesNotContain(":");
                assertThat(run.resolve(href).normalize()).as(href).isRegularFile();
                linked.add(run.resolve(href).normalize().getFileName().toString());
            }
            assertThat(linked).contains("articles.jsonl", "articles.csv", "rejects.jsonl", "report.json", "report.html");
        } finally {
            browser.quit();
        }
    }

    /** Every figure the page must draw: totals, reasons, kinds, languages, the first publishers and the trend. */
    private static List<String> expectedFigures(JsonNode report) {
        List<String> paths = new ArrayList<>();
        report.get("counts").propertyNames().forEach(k -> paths.add("counts." + k));
        report.get("rejects_by_reason").propertyNames().forEach(k -> paths.add("rejects_by_reason." + k));
        report.get("removed_by_kind").propertyNames().forEach(k -> paths.add("removed_by_kind." + k));
        report.get("languages").propertyNames().forEach(k -> paths.add("languages." + k + ".articles"));
        for (int i = 0; i < report.get("publishers").size(); i++) {
            paths.add("publishers." + i + ".articles");
        }
        assertThat(report.get("recent_runs").size()).isEqualTo(2);
        for (int i = 0; i < report.get("recent_runs").size(); i++) {
            paths.add("recent_runs." + i + ".articles");
            paths.add("recent_runs." + i + ".rejects");
        }
        paths.add("input");
        paths.add("versions.newsprep");
        return paths;
    }

    /** The value at a dotted path, array positions as numbers. */
    private static JsonNode at(JsonNode node, String path) {
        for (String step : path.split("\\.")) {
            if (node == null) {
                return null;
            }
            node = node.isArray() ? node.get(Integer.parseInt(step)) : node.get(step);
        }
        return node;
    }
}
