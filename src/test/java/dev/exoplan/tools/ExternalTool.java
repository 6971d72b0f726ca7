package dev.exoplan.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real program the tests drive (headless Chromium, pdftotext, LibreOffice…). Under CI
 * ({@code CI=true}, where {@code .ci/run} installs them) a missing tool fails the test; elsewhere
 * the test is skipped with a message saying what to install.
 */
public final class ExternalTool {
  private ExternalTool() {}

  /** The program's path, or the test fails (CI) or is skipped (elsewhere). */
  public static Path require(String name, String debianPackage) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path p = Path.of(dir, name);
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    String message = name + " is not installed (Debian package " + debianPackage + ")";
    if ("true".equals(System.getenv("CI"))) {
      throw new AssertionError(message + "; .ci/run should have installed it");
    }
    Assumptions.abort(message);
    return null;
  }

  /** Runs a command, waits at most {@code seconds}, and returns its stdout; fails on a non-zero exit. */
  public static String run(List<String> command, Path workDir, int seconds) throws IOException, InterruptedException {
    Path out = Files.createTempFile("tool-out-", ".txt");
    Path err = Files.createTempFile("tool-err-", ".txt");
    try {
      ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile())
          .redirectOutput(out.toFile()).redirectError(err.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
      pb.environment().put("HOME", workDir.toString());
      Process p = pb.start();
      if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("timed out after " + seconds + " s: " + command);
      }
      assertThat(p.exitValue())
          .as("%s exited with %d; stderr: %s", command, p.exitValue(), Files.readString(err))
          .isZero();
      return Files.readString(out, StandardCharsets.UTF_8);
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** Headless Chromium prints an HTML file to PDF (A4, no header or footer). */
  public static Path printToPdf(Path html, Path workDir) throws IOException, InterruptedException {
    Path chromium = require("chromium", "chromium");
    Path pdf = workDir.resolve(html.getFileName().toString().replaceAll("\\.html$", "") + ".pdf");
    List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-extensions",
        "--user-data-dir=" + workDir.resolve("chromium-profile"), "--no-pdf-header-footer",
        "--print-to-pdf=" + pdf, html.toUri().toString()));
    run(cmd, workDir, 120);
    assertThat(pdf).exists();
    return pdf;
  }

  /** pdftotext's text of a PDF. */
  public static String pdfText(Path pdf, Path workDir) throws IOException, InterruptedException {
    Path pdftotext = require("pdftotext", "poppler-utils");
    return run(List.of(pdftotext.toString(), "-enc", "UTF-8", "-layout", pdf.toString(), "-"), workDir, 60);
  }

  /** The text of one page (1-based) of a PDF, as pdftotext reads it. */
  public static String pdfPageText(Path pdf, int page, Path workDir)
      throws IOException, InterruptedException {
    Path pdftotext = require("pdftotext", "poppler-utils");
    return run(List.of(pdftotext.toString(), "-enc", "UTF-8", "-layout", "-f",
        Integer.toString(page), "-l", Integer.toString(page), pdf.toString(), "-"), workDir, 60);
  }

  /** How many pages a PDF has, as pdfinfo reads it. */
  public static int pdfPages(Path pdf, Path workDir) throws IOException, InterruptedException {
    Path pdfinfo = require("pdfinfo", "poppler-utils");
    String info = run(List.of(pdfinfo.toString(), pdf.toString()), workDir, 60);
    return info.lines().filter(l -> l.startsWith("Pages:"))
        .mapToInt(l -> Integer.parseInt(l.substring("Pages:".length()).trim())).findFirst()
        .orElseThrow();
  }
}
