package fr.okrsante.browser;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * Debian's headless Chromium ({@code /usr/bin/chromium}) driven from its command line: no driver,
 * no download, no network. Each call starts a fresh browser with an empty profile and the flags
 * this machine needs (no sandbox as root, no GPU, no background networking).
 *
 * <p>The pages under test have no script; {@link #measure} runs a copy of a page with a small
 * script added (only in that copy) that reports load errors and every element that overflows the
 * viewport, written into the DOM that {@code --dump-dom} prints.
 */
public final class HeadlessChromium {

  /** Where Debian's package installs the browser. */
  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  private static final long TIMEOUT_SECONDS = 90;

  private final Path work;

  private HeadlessChromium(Path work) {
    this.work = work;
  }

  /**
   * Tells whether the browser is installed.
   *
   * @return true if {@code /usr/bin/chromium} can be run
   */
  public static boolean isAvailable() {
    return Files.isExecutable(CHROMIUM);
  }

  /**
   * A browser working in a folder (profiles, page copies, outputs).
   *
   * @param work the folder
   * @return the browser
   */
  public static HeadlessChromium in(Path work) {
    return new HeadlessChromium(work);
  }

  /**
   * What the measuring script saw.
   *
   * @param viewportWidth the viewport width the page was laid out at
   * @param scrollWidth the document's scroll width
   * @param overflowing the elements whose right edge passes the viewport (tag, class, right edge)
   * @param errors the load and script errors
   */
  public record Measure(int viewportWidth, int scrollWidth, List<String> overflowing, List<String> errors) {}

  /** The script added to the test copy: it runs after layout and writes its findings into the DOM. */
  private static final String SCRIPT = """
      <script>
      window.__okrErrors = [];
      window.addEventListener('error', function (e) {
        window.__okrErrors.push((e.message || 'load error') + ' ' + ((e.target && (e.target.src || e.target.href)) || ''));
      }, true);
      window.addEventListener('load', function () {
        var w = document.documentElement.clientWidth, out = [];
        document.querySelectorAll('body *').forEach(function (el) {
          var r = el.getBoundingClientRect();
          if (r.width > 0 && r.right > w + 0.5) {
            out.push(el.tagName + '.' + (el.getAttribute('class') || '') + ' right=' + Math.round(r.right));
          }
        });
        var pre = document.createElement('pre');
        pre.id = 'okr-measure';
        pre.textContent = 'MEASURE ' + w + ' ' + document.documentElement.scrollWidth + '\\n'
            + out.slice(0, 20).map(function (o) { return 'OVERFLOW ' + o; }).join('\\n') + '\\n'
            + window.__okrErrors.map(function (o) { return 'ERROR ' + o; }).join('\\n');
        document.body.appendChild(pre);
      });
      </script>
      """;

  /**
   * Lays a page out at a width and measures it.
   *
   * @param html the page
   * @param width the window width in CSS pixels
   * @return what the script saw
   * @throws IOException if the browser cannot be run
   */
  public Measure measure(String html, int width) throws IOException {
    String copy = html.replace("</head>", SCRIPT + "</head>");
    Path page = write("measure-" + width + ".html", copy);
    // a headless window is at least about 500 pixels wide: the page is laid out in a frame of the
    // asked width, and the frame's findings copied into the outer page's DOM
    Path frame = write("frame-" + width + ".html", "<!DOCTYPE html><html><body style=\"margin:0\">"
        + "<iframe id=\"f\" src=\"" + page.getFileName() + "\" style=\"border:0;width:" + width
        + "px;height:900px\"></iframe><script>window.addEventListener('load', function () {"
        + "var d = document.getElementById('f').contentDocument, p = d && d.getElementById('okr-measure');"
        + "var o = document.createElement('pre'); o.textContent = p ? p.textContent : 'NO ACCESS';"
        + "document.body.appendChild(o); });</script></body></html>");
    String dom = run(List.of("--allow-file-access-from-files", "--dump-dom", "--window-size=" + (width + 40) + ",1000",
        frame.toUri().toString()));
    Matcher m = Pattern.compile("MEASURE (\\d+) (\\d+)").matcher(dom);
    if (!m.find()) {
      throw new AssertionError("the measuring script did not run; the DOM was:\n" + dom.substring(0, Math.min(2000, dom.length())));
    }
    List<String> overflowing = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (String line : dom.split("\n")) {
      if (line.startsWith("OVERFLOW ")) {
        overflowing.add(line.substring(9));
      } else if (line.startsWith("ERROR ")) {
        errors.add(line.substring(6));
      }
    }
    return new Measure(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), overflowing, errors);
  }

  /**
   * Takes a screenshot of a page.
   *
   * @param html the page
   * @param width the window width
   * @param height the window height
   * @param file where to write the PNG
   * @return the image
   * @throws IOException if the browser cannot be run or wrote no image
   */
  public BufferedImage screenshot(String html, int width, int height, Path file) throws IOException {
    Path page = write("screenshot.html", html);
    run(List.of("--hide-scrollbars", "--screenshot=" + file.toAbsolutePath(), "--window-size=" + width + "," + height,
        page.toUri().toString()));
    BufferedImage image = ImageIO.read(file.toFile());
    if (image == null) {
      throw new IOException("no image written to " + file);
    }
    return image;
  }

  /**
   * Prints a page to PDF, as the browser's "Save as PDF" does, without header and footer.
   *
   * @param html the page
   * @param file where to write the PDF
   * @return the PDF's bytes
   * @throws IOException if the browser cannot be run or wrote nothing
   */
  public byte[] printToPdf(String html, Path file) throws IOException {
    Path page = write("print.html", html);
    run(List.of("--no-pdf-header-footer", "--print-to-pdf=" + file.toAbsolutePath(), page.toUri().toString()));
    return Files.readAllBytes(file);
  }

  /**
   * Counts the pages of a PDF Chromium wrote (its page objects).
   *
   * @param pdf the PDF
   * @return the page count
   */
  public static int pageCount(byte[] pdf) {
    Matcher m = Pattern.compile("/Type\\s*/Page(?![s\\w])").matcher(new String(pdf, StandardCharsets.ISO_8859_1));
    int count = 0;
    while (m.find()) {
      count++;
    }
    return count;
  }

  /**
   * Tells how many distinct colours an image has, up to a limit: a blank page has one.
   *
   * @param image the image
   * @param limit when to stop counting
   * @return the number of colours, at most {@code limit}
   */
  public static int colours(BufferedImage image, int limit) {
    Set<Integer> seen = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        seen.add(image.getRGB(x, y));
        if (seen.size() >= limit) {
          return limit;
        }
      }
    }
    return seen.size();
  }

  private Path write(String name, String html) throws IOException {
    Files.createDirectories(work);
    Path page = work.resolve(name);
    Files.writeString(page, html, StandardCharsets.UTF_8);
    return page;
  }

  private String run(List<String> arguments) throws IOException {
    Path profile = Files.createTempDirectory(work, "profile");
    List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--virtual-time-budget=5000"));
    command.addAll(arguments);
    Path stdout = work.resolve("chromium.out");
    Path stderr = work.resolve("chromium.err");
    Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    try {
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException("chromium did not finish in " + TIMEOUT_SECONDS + " s: " + command);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while chromium ran", e);
    }
    if (process.exitValue() != 0) {
      throw new IOException("chromium exited with " + process.exitValue() + ": " + Files.readString(stderr));
    }
    return Files.readString(stdout, StandardCharsets.UTF_8);
  }
}
