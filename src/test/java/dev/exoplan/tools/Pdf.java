package dev.exoplan.tools;

import java.nio.file.Path;
import java.util.List;

/** pdffonts and qpdf on a PDF. */
public final class Pdf {
  private Pdf() {}

  /** pdffonts' table of the fonts a PDF uses. */
  public static String fonts(Path pdf, Path workDir) throws Exception {
    Path pdffonts = ExternalTool.require("pdffonts", "poppler-utils");
    return ExternalTool.run(List.of(pdffonts.toString(), pdf.toString()), workDir, 60);
  }

  /** qpdf --check's report; the run fails on a damaged file. */
  public static String check(Path pdf, Path workDir) throws Exception {
    Path qpdf = ExternalTool.require("qpdf", "qpdf");
    return ExternalTool.run(List.of(qpdf.toString(), "--check", pdf.toString()), workDir, 60);
  }
}
