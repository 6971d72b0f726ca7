package dev.exoplan.cli;

import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.domain.plan.PlanRequest;
import dev.exoplan.domain.quote.Quote;
import dev.exoplan.domain.quote.QuoteRequest;
import dev.exoplan.domain.quote.Quotes;
import dev.exoplan.report.quote.Copy;
import dev.exoplan.report.quote.QuoteReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code exoplan quote}: the printed quote (見積書) for one patient's plan at one clinic. */
@Command(
    name = "quote",
    customSynopsis = {
      "Usage: exoplan quote --pricing CLINIC.yaml --patient NAME --method METHOD",
      "                     [plan options] [--item ID] [--cc A..B | --dose A..B] [--member]",
      "                     [--add ID,...] [--date DATE] [--screen FLAG,...] [--discount ID,...]",
      "                     [--surcharge ID,...]",
      "                     [--counselor NAME] [--copy patient|clinic] [--font FILE]",
      "                     [--instalments N (--apr P | --addon-rate P | --loan ID)]",
      "                     [--time HH:MM [--tz ZONE]] [GLOBAL OPTIONS]"
    },
    synopsisHeading = "",
    description = {
      "A quote a clinic can sign: the clinic's own prices (the cheapest valid purchase of its"
          + " trial price, single sessions and courses for the whole plan), fees, discounts, consumption tax computed once for the whole quote, the"
          + " total of the whole plan, a market check against the published ranges, the risk"
          + " disclosures, a contraindication checklist and signature lines.",
      "An absolute contraindication declared with --screen refuses the quote (exit 3); a relative"
          + " one prints it with a 'doctor must decide' block.",
      "The patient copy (default) speaks for the clinic: plain words, sources as endnotes. The"
          + " clinic copy (--copy clinic) adds the market check of every price used against the"
          + " published ranges, with each statement's source and line.",
      "Formats: html and pdf (A4, for print), text, md, json; ics, a calendar of the sessions"
          + " (with --start)."
    })
final class QuoteCommand implements Callable<Integer> {
  @ParentCommand RunContext top;

  @Mixin HelpLayout layout;

  @Option(names = "--patient", required = true, paramLabel = "NAME",
      description = "the patient's name, as it is printed on the quote")
  String patient;

  @Mixin MethodOption method;

  @Option(names = "--clinic", paramLabel = "ID",
      description = "which clinic, when several clinic files are loaded")
  String clinic;

  @Mixin PlanShape shape;

  @Option(names = "--start", paramLabel = "DATE", converter = Converters.DateConverter.class,
      description = "first session's date: adds the dated schedule")
  LocalDate start;

  @Mixin AmountOptions amount;

  @Mixin InstalmentOptions instalments = new InstalmentOptions(); // issue 20
  @Mixin CalendarOptions calendar; // issue 20: --time, --tz for --format ics

  @Option(names = "--loan", paramLabel = "ID",
      description = "with --instalments N: the clinic's loan product (loans: in its price list)"
          + " gives the method and the rate")
  String loan; // issue 20

  @Option(names = "--item", paramLabel = "ID",
      description = "the clinic's menu item or set to quote (default: the method's standard item)")
  String item;

  @Option(names = "--member", description = "member prices (会員価格) where the clinic lists them")
  boolean member;

  @Option(names = "--add", paramLabel = "ID", split = ",",
      description = "optional fees and add-ons to include (mandatory ones always are); ID=2 for"
          + " two a visit, ID=60min for one priced by time")
  List<String> add = new ArrayList<>();

  @Option(names = "--date", paramLabel = "DATE", converter = Converters.DateConverter.class,
      description = "the issue date (default: today)")
  LocalDate date;

  @Option(names = "--screen", paramLabel = "FLAG", split = ",",
      description = "conditions declared at screening: pregnant, breastfeeding, cancer,"
          + " severe-infection, prior-exosome-allergy (absolute: no quote); autoimmune,"
          + " severe-allergy, anticoagulants, immunosuppressants, uncontrolled-chronic (relative);"
          + " also by Japanese name (妊娠, 授乳, がん …)")
  List<String> screen = new ArrayList<>();

  @Option(names = "--discount", paramLabel = "ID", split = ",",
      description = "the clinic's discounts to apply, by id or name (automatic ones always apply)")
  List<String> discounts = new ArrayList<>();

  @Option(names = "--surcharge", paramLabel = "ID", split = ",",
      description = "the clinic's surcharges for a group of patients to apply, by id (automatic"
          + " ones always apply)")
  List<String> surcharges = new ArrayList<>();

  @Option(names = "--number", paramLabel = "TEXT",
      description = "the quote number (default: Q-date-digest, the same for the same quote)")
  String number;

  @Option(names = "--counselor", paramLabel = "NAME", description = "printed on the counselor's line")
  String counselor;

  @Option(names = "--copy", paramLabel = "COPY",
      description = "patient (default: for the patient to read and sign) or clinic (adds the"
          + " market check, sources and lines, for the counselor)")
  String copy;

  @Option(names = "--font", paramLabel = "FILE",
      description = "a TrueType font for the PDF (default: the bundled IPAex Gothic)")
  String font;

  /** A name printed on a quote: not blank, at most 100 characters, no control characters. */
  static String name(String option, String s) {
    String t = s.strip();
    if (dev.exoplan.util.Visible.blank(t)) { // issue 22: only zero-width spaces is empty too
      throw new UsageException(dev.exoplan.domain.text.Message.of("usage.name.empty", option));
    }
    if (t.codePointCount(0, t.length()) > 100) {
      throw new UsageException(dev.exoplan.domain.text.Message.of("usage.name.too.long", option));
    }
    if (dev.exoplan.util.Visible.hidden(t) >= 0) { // issue 22: and U+202E, as in files
      throw new UsageException(dev.exoplan.domain.text.Message.of("usage.name.control", option));
    }
    return t;
  }

  /** The copy asked for: patient (the default) or clinic. */
  static Copy copy(String id) {
    if (id == null || id.equals("patient")) {
      return Copy.PATIENT;
    }
    if (id.equals("clinic")) {
      return Copy.CLINIC;
    }
    throw new UsageException(dev.exoplan.domain.text.Message.of("usage.copy", id));
  }

  @Override
  public Integer call() {
    return run(top.context());
  }

  /** The quote asked for by this command's fields, set by picocli or by the lean path. */
  int run(Context ctx) {
    Copy which = copy(copy);
    Optional<dev.exoplan.domain.instalment.Terms> terms = Optional.empty(); // issue 20
    if (loan != null) {
      QuoteLoan.checkOptions(loan, instalments); // the loan gives the rate
    } else {
      terms = instalments.terms();
    }
    ctx.checkOutput();
    String name = name("--patient", patient);
    Optional<String> counselorName = Optional.ofNullable(counselor).map(c -> name("--counselor", c));
    ctx.pdfFont(Optional.ofNullable(font));
    Catalog catalog = ctx.catalog();
    PlanRequest plan = shape.toRequest(method.method).start(start).build();
    LocalDate issued = date != null ? date : LocalDate.now(ctx.env().clock());
    PastStart.check(ctx, Optional.ofNullable(start), issued, date != null);
    Quote q = Quotes.quote(catalog, new QuoteRequest(plan, Optional.ofNullable(clinic), name,
        counselorName, issued, Optional.ofNullable(number).map(n -> name("--number", n)),
        amount.cc(), screen.stream().map(String::trim).toList(),
        discounts.stream().map(String::trim).toList(), Optional.ofNullable(item),
        amount.dose().map(dev.exoplan.domain.value.Amount.Dose::amount), member,
        add.stream().map(String::trim).toList(), surcharges.stream().map(String::trim).toList()));
    amount.dose().ifPresent(dose -> // --dose 2cc for an item priced by the ampoule (issue 22)
        q.item().unit().ifPresent(u -> dose.checkUnit(u.id(), q.clinic().id(), q.item().id())));
    if (loan != null) {
      terms = Optional.of(QuoteLoan.terms(loan, instalments.count, q)); // issue 20
    }
    QuoteReport report = QuoteReport.of(catalog, q, which,
        java.util.Optional.of(dev.exoplan.pricing.ContractRulesTable.shipped())); // issue 23
    report = terms.isEmpty() ? report // issue 23: the lender's rules read only for a loan
        : report.withInstalments(terms, dev.exoplan.pricing.ContractRulesTable.shippedCredit());
    ctx.emit(calendar.report(ctx, report, q.plan(),
        new dev.exoplan.report.calendar.QuoteEvents(q))); // issue 20: --format ics
    return ExitCode.OK;
  }
}
