package dev.exoplan.cli;

import dev.exoplan.domain.text.DomainException;
import dev.exoplan.pricing.PricingException;
import dev.exoplan.pricing.UnreadableFileException;
import dev.exoplan.util.Visible;
import java.io.PrintWriter;

/**
 * The error policy: a failure of a command becomes an exit code from SPEC.md and one line on
 * stderr (a stack trace too under {@code --debug}). Used alike by picocli's execution handler
 * ({@link Main}) and the lean path ({@link FastPath}).
 */
final class Failures {
  private Failures() {}

  /** The refusal in the reader's language: the one message a counselor must not misread. */
  static String refusal(dev.exoplan.domain.quote.RefusedException r, dev.exoplan.domain.text.Lang lang) {
    dev.exoplan.report.Words w = new dev.exoplan.report.Words(lang, false);
    String reasons = String.join(w.get("list.sep"), r.reasons().stream()
        .map(c -> w.get("refused.reason", c.text().in(lang), w.firstCite(c.sourceId(), c.cites())))
        .toList());
    return w.get("refused", reasons);
  }

  /** An exception from a command: its one-line message and exit code. */
  static int report(Exception e, String command, PrintWriter err, boolean debug,
      dev.exoplan.domain.text.Lang lang) {
    int code;
    String message;
    if (e instanceof OutputClosedException) {
      return ExitCode.OK;
    }
    dev.exoplan.report.Words words = new dev.exoplan.report.Words(lang, false);
    if (e instanceof PricingException || e instanceof UnreadableFileException) {
      code = e instanceof PricingException ? ExitCode.DATA : ExitCode.NO_INPUT;
      message = e instanceof PricingException p ? said(p, p.position() + ": ", words)
          : said(e, ((UnreadableFileException) e).file() + ": ", words);
    } else if (e instanceof dev.exoplan.domain.quote.RefusedException r) {
      code = ExitCode.REFUSED;
      message = command + ": " + refusal(r, lang);
    } else if (e instanceof dev.exoplan.report.html.FontException) {
      code = ExitCode.DATA;
      message = said(e, command + ": ", words);
    } else if (e instanceof OutputFileException) {
      code = ExitCode.CANT_CREATE;
      message = said(e, "", words);
    } else if (e instanceof UsageException || e instanceof DomainException) {
      code = ExitCode.USAGE;
      message = said(e, command + ": ", words);
    } else {
      code = ExitCode.INTERNAL;
      message = words.get(debug ? "error.internal" : "error.internal.report", e);
    }
    err.println(Visible.escape(message));
    if (debug) {
      e.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  /**
   * An out-of-memory error, wherever it was thrown (issue 22): one line naming the heap's limit and
   * how to raise it, and the internal-error code, never the JVM's stack trace (unless
   * {@code --debug}). What the run held is unreachable by now, so there is room to say it.
   */
  static int outOfMemory(OutOfMemoryError e, PrintWriter err, boolean debug,
      dev.exoplan.domain.text.Lang lang) {
    long mib = Runtime.getRuntime().maxMemory() >> 20;
    err.println(new dev.exoplan.report.Words(lang, false).get("error.memory", Long.toString(mib)));
    if (debug) {
      e.printStackTrace(err);
    }
    err.flush();
    return ExitCode.INTERNAL;
  }

  /**
   * The exception's message after {@code prefix}, in the reader's language when it carries one;
   * a legacy English text is printed whole, as it always was.
   */
  static String said(Exception e, String prefix, dev.exoplan.report.Words words) {
    if (e instanceof dev.exoplan.domain.text.Message.Carrier c && c.message().isPresent()) {
      return prefix + words.say(c.message().get());
    }
    return prefix.isEmpty() || e instanceof PricingException || e instanceof UnreadableFileException
        ? e.getMessage() : prefix + e.getMessage();
  }

}
