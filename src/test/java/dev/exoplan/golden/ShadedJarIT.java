package dev.exoplan.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The shaded jar {@code target/exoplan.jar} holds every class its classes refer to, exoplan's and
 * its libraries' alike: {@code jdeps --missing-deps} over the whole jar finds only the optional
 * dependencies listed in {@link #OPTIONAL}, each a library's code path exoplan never takes. A
 * dependency left out of the shade (an exclude, a wrong scope) makes a class of the jar refer to a
 * class that is not there, and this test fail, before a user meets a NoClassDefFoundError on the one
 * path no golden case takes.
 */
class ShadedJarIT {
  static final Path JAR = Golden.ROOT.resolve("target/exoplan.jar");

  /**
   * Classes of the jar (a package prefix) that may refer to classes the jar leaves out (a package
   * prefix), and why.
   */
  static final Map<String, String> OPTIONAL = Map.of(
      // commons-logging (PDFBox's logging) looks for a logging back end at run time (Log4j API,
      // SLF4J…) and falls back to java.util.logging; none is shipped, nor a servlet container
      "org.apache.commons.logging.", "org.apache.logging.log4j.|org.slf4j.|org.apache.avalon."
          + "|org.apache.log4j.|org.apache.log.|javax.servlet.|jakarta.servlet.",
      // PDFBox opens PDFs encrypted with a public key through Bouncy Castle; exoplan only writes PDFs
      "org.apache.pdfbox.pdmodel.encryption.", "org.bouncycastle.",
      // jsoup uses RE2/J only when asked to (jsoup.useRe2j)
      "org.jsoup.helper.Re2j", "com.google.re2j.",
      // JSpecify's @NullMarked on jsoup's packages: an annotation, not needed at run time
      "org.jsoup.", "org.jspecify.annotations.",
      // fastexcel reads a workbook through commons-compress's zip support only (issue 19): its
      // 7z, xz, LZMA, Brotli, Zstandard and Pack200 codecs, which need these, are never used
      "org.apache.commons.compress.",
      "org.tukaani.xz.|org.brotli.dec.|com.github.luben.zstd.|org.objectweb.asm.",
      // issue 20: ical4j (plan/quote --format ics) is used from Java through its model, CalendarBuilder
      // and FoldingWriter: never its Groovy builder DSL (classes compiled from Groovy in model.*),
      // its filter expressions (jparsec), a Caffeine cache (ical4j.properties names a plain map), nor
      // JSpecify's annotations
      "net.fortuna.ical4j.", "groovy.|org.codehaus.groovy.|org.jparsec.|com.github.benmanes."
          + "|org.jspecify.annotations.",
      // threeten-extra (under ical4j) marks its types for Joda-Convert with annotations only
      "org.threeten.extra.", "org.joda.convert.");

  private static final Pattern MISSING =
      Pattern.compile("^\\s+(\\S+)\\s+->\\s+(\\S+)\\s+not found$", Pattern.MULTILINE);

  /** jdeps --missing-deps on the jar: "class -> class it needs" for each one not found. */
  static List<String[]> missing() {
    ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
    StringWriter out = new StringWriter();
    int status = jdeps.run(new PrintWriter(out, true), new PrintWriter(out, true),
        "--multi-release", "17", "--missing-deps", JAR.toString());
    assertThat(status).as("jdeps: %s", out).isZero();
    List<String[]> missing = new ArrayList<>();
    Matcher m = MISSING.matcher(out.toString());
    while (m.find()) {
      missing.add(new String[] {m.group(1), m.group(2)});
    }
    return missing;
  }

  static boolean optional(String from, String to) {
    return OPTIONAL.entrySet().stream().anyMatch(e -> from.startsWith(e.getKey())
        && List.of(e.getValue().split("\\|")).stream().anyMatch(to::startsWith));
  }

  @Test
  void theJarHoldsEveryClassItsClassesNeed() {
    List<String[]> missing = missing();
    assertThat(missing.stream().filter(d -> !optional(d[0], d[1])).map(d -> d[0] + " -> " + d[1]))
        .as("classes of %s that refer to a class it does not hold", JAR)
        .isEmpty();
    // the check sees what is missing: the optional dependencies above are found missing
    assertThat(missing.stream().map(d -> d[1])).anyMatch(c -> c.startsWith("org.bouncycastle."));
  }

  @Test
  void theJarShipsExoplanAndNoGraalVmConfiguration() throws Exception {
    TreeSet<String> entries = new TreeSet<>();
    try (ZipFile zip = new ZipFile(JAR.toFile())) {
      zip.stream().forEach(e -> entries.add(e.getName()));
    }
    assertThat(entries).contains("dev/exoplan/cli/Main.class", "picocli/CommandLine.class",
        "com/fasterxml/jackson/databind/ObjectMapper.class");
    assertThat(entries).noneMatch(n -> n.startsWith("META-INF/native-image/"));
  }
}
