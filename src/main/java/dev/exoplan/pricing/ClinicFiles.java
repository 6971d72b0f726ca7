package dev.exoplan.pricing;

import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.domain.clinics.ClinicComparison;
import dev.exoplan.domain.text.Message;
import dev.exoplan.domain.catalog.PriceTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads the clinic price lists {@code exoplan clinics} compares: files, or every pricing file of a
 * directory. Each is checked against {@code base} (the shipped tables and the --pricing layers) on
 * its own, never layered over the others. A file that does not validate, cannot be read or is not a
 * clinic's list fails the run, or, with {@code keepGoing}, is set aside with its reason; so does a
 * second list of a clinic id read before with the same effective date, or with neither dated.
 */
public final class ClinicFiles {
  private ClinicFiles() {}

  /** The lists read, in the order given (a directory's by name), and the files set aside. */
  public record Result(List<ClinicComparison.Loaded> lists,
      List<ClinicComparison.Unreadable> unreadable) {}

  public static Result read(List<PricingLoader.Input> inputs, Catalog base, boolean keepGoing,
      Consumer<Message> warn) {
    List<ClinicComparison.Loaded> lists = new ArrayList<>();
    List<ClinicComparison.Unreadable> unreadable = read(inputs, base, keepGoing, warn, lists::add);
    return new Result(lists, unreadable);
  }

  /**
   * The same, handing each list to {@code each} as soon as it is read, in the same order, and
   * keeping none (issue 22: {@code clinics} reads, prices and drops one list at a time); returns the
   * files set aside.
   */
  public static List<ClinicComparison.Unreadable> read(List<PricingLoader.Input> inputs,
      Catalog base, boolean keepGoing, Consumer<Message> warn,
      Consumer<ClinicComparison.Loaded> each) {
    List<ClinicComparison.Unreadable> unreadable = new ArrayList<>();
    SameClinic same = new SameClinic();
    for (PricingLoader.Input input : inputs) {
      List<PricingLoader.Input> files;
      try {
        files = PricingLoader.expand(input, warn);
      } catch (UnreadableFileException e) {
        unreadable.add(setAside(e, keepGoing));
        continue;
      }
      for (PricingLoader.Input f : files) {
        try {
          PriceTable t = PricingLoader.parse(f.name(), PricingLoader.read(f), base, same,
              f.trees());
          if (t.clinic().isEmpty()) {
            throw new PricingException(new Position(f.name(), 1, 1),
                Message.of("data.clinics.not-clinic", t.kind().id()));
          }
          each.accept(new ClinicComparison.Loaded(f.name(), t));
        } catch (PricingException | UnreadableFileException e) {
          unreadable.add(setAside(e, keepGoing));
        }
      }
    }
    return unreadable;
  }

  private static ClinicComparison.Unreadable setAside(RuntimeException e, boolean keepGoing) {
    if (!keepGoing) {
      throw e;
    }
    if (e instanceof PricingException p) {
      return new ClinicComparison.Unreadable(p.position().file(), p.position().toString(),
          p.message(), p.problem());
    }
    UnreadableFileException u = (UnreadableFileException) e;
    String prefix = u.file() + ": ";
    String text = u.getMessage().startsWith(prefix)
        ? u.getMessage().substring(prefix.length()) : u.getMessage();
    Optional<Message> m = u.message();
    return new ClinicComparison.Unreadable(u.file(), u.file(), m, text);
  }
}
