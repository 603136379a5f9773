package fr.okrsante.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The checks every dashboard page passes in a real browser: it loads without errors, no element
 * overflows the viewport at 1280 and 390 pixels, its A4 print has the expected number of pages and
 * no chart cut across two, and its screenshot is not blank.
 */
public final class PageChecks {

  /** The widths a page is checked at: a projector's laptop and a phone. */
  public static final List<Integer> WIDTHS = List.of(1280, 390);

  private static final Path PDFTOTEXT = Path.of("/usr/bin/pdftotext");

  private PageChecks() {}

  /**
   * Skips the calling test, with a notice on standard error, when Chromium is not installed.
   */
  public static void assumeChromium() {
    if (!HeadlessChromium.isAvailable()) {
      System.err.println("NOTICE: browser tests skipped: " + HeadlessChromium.CHROMIUM
          + " is missing (install Debian's chromium package: apt-get install -y chromium)");
    }
    Assumptions.assumeTrue(HeadlessChromium.isAvailable(), "Chromium is not installed at " + HeadlessChromium.CHROMIUM);
  }

  /**
   * Runs every check on a page.
   *
   * @param html the page
   * @param name a short name, for messages and files
   * @param work a folder for the browser's files
   * @param minPages the fewest A4 pages its print may have
   * @param maxPages the most A4 pages its print may have
   * @return the screenshot at 1280 pixels
   * @throws IOException if the browser cannot be run
   */
  public static Path check(String html, String name, Path work, int minPages, int maxPages) throws IOException {
    HeadlessChromium chromium = HeadlessChromium.in(work.resolve(name));
    assertThat(html).as(name + ": the shipped page has no script").doesNotContainIgnoringCase("<script");
    for (int width : WIDTHS) {
      HeadlessChromium.Measure measure = chromium.measure(html, width);
      assertThat(measure.viewportWidth()).as(name + ": laid out at the asked width").isBetween(width - 20, width);
      assertThat(measure.errors()).as(name + " at " + width + " px: load errors").isEmpty();
      assertThat(measure.overflowing()).as(name + " at " + width + " px: elements past the viewport").isEmpty();
      assertThat(measure.scrollWidth()).as(name + " at " + width + " px: no horizontal scrolling")
          .isLessThanOrEqualTo(measure.viewportWidth());
    }
    Path png = work.resolve(name + "-1280.png");
    BufferedImage image = chromium.screenshot(html, 1280, 1000, png);
    assertThat(HeadlessChromium.colours(image, 64)).as(name + ": the screenshot is not blank").isGreaterThanOrEqualTo(32);

    // the print: markers at the top and bottom of each chart, in this copy only, must share a page
    String marked = markCharts(html);
    Path pdf = work.resolve(name + ".pdf");
    int pages = HeadlessChromium.pageCount(chromium.printToPdf(marked, pdf));
    System.out.println("browser: " + name + " prints on " + pages + " A4 page(s)");
    assertThat(pages).as(name + ": A4 pages").isBetween(minPages, maxPages);
    if (Files.isExecutable(PDFTOTEXT)) {
      List<String> split = splitCharts(pdf, work.resolve(name + ".txt"));
      assertThat(split).as(name + ": charts cut across pages").isEmpty();
    } else {
      System.err.println("NOTICE: " + PDFTOTEXT + " is missing (apt-get install -y poppler-utils): "
          + name + "'s charts were not checked for page breaks");
    }
    return png;
  }

  /** Puts a start and an end marker inside each chart figure. */
  static String markCharts(String html) {
    StringBuilder out = new StringBuilder(html.length() + 4096);
    int n = 0;
    int from = 0;
    while (true) {
      int open = html.indexOf("<figure class=\"chart", from);
      if (open < 0) {
        break;
      }
      int openEnd = html.indexOf('>', open) + 1;
      int close = html.indexOf("</figure>", openEnd);
      out.append(html, from, openEnd).append("<span style=\"font-size:6px\">CHARTSTART").append(n).append("X</span>")
          .append(html, openEnd, close).append("<span style=\"font-size:6px\">CHARTEND").append(n).append("X</span>");
      from = close;
      n++;
    }
    return out.append(html, from, html.length()).toString();
  }

  /** The charts whose start and end markers are on different pages (or missing). */
  static List<String> splitCharts(Path pdf, Path text) throws IOException {
    Process process = new ProcessBuilder(PDFTOTEXT.toString(), pdf.toString(), text.toString()).inheritIO().start();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IOException("pdftotext failed on " + pdf);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    String[] pages = Files.readString(text, StandardCharsets.UTF_8).split("\f");
    List<String> split = new ArrayList<>();
    for (int n = 0; ; n++) {
      int start = pageOf(pages, "CHARTSTART" + n + "X");
      int end = pageOf(pages, "CHARTEND" + n + "X");
      if (start < 0 && end < 0) {
        break;
      }
      if (start != end) {
        split.add("chart " + n + ": starts on page " + (start + 1) + ", ends on page " + (end + 1));
      }
    }
    return split;
  }

  private static int pageOf(String[] pages, String marker) {
    for (int i = 0; i < pages.length; i++) {
      if (pages[i].contains(marker)) {
        return i;
      }
    }
    return -1;
  }
}
