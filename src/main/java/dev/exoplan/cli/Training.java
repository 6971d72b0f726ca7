package dev.exoplan.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The build's training run for the class-data-sharing archive (JDK 17) and the AOT cache (JDK 25):
 * every subcommand once, in one JVM, output discarded, so the classes they load are archived.
 * A PDF quote only with {@code --pdf}, which the build gives for JDK 17's class-data-sharing
 * archive (mapped on demand: a class no command loads costs nothing) and not for JDK 25's AOT
 * cache, which loads every class it holds when the VM starts: the PDF libraries are thousands of
 * classes no other command needs. Run by the build with the project directory as its first
 * argument; not for users.
 */
public final class Training {
  private Training() {}

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath();
    Path tmp = Files.createTempDirectory("exoplan-training-");
    String clinic = root.resolve("pricing/example-clinic.yaml").toString();
    String batch = String.join("\n",
        "{\"command\":\"plan\",\"method\":\"iv\",\"price\":\"100000\",\"intensive\":\"5\",\"maintenance\":\"2\"}",
        "{\"command\":\"plan\",\"method\":\"scalp\",\"protocol\":\"004-aga\",\"start\":\"2026-12-01\"}",
        "{\"command\":\"estimate\",\"method\":\"iv\"}",
        "{\"command\":\"compare\",\"months\":24}",
        "not json", "") + "\n";
    List<String[]> runs = List.of(
        new String[] {"estimate", "--method", "iv"},
        new String[] {"estimate", "--method", "iv", "--lang", "ja"},
        new String[] {"estimate", "--method", "scalp", "--format", "json"},
        new String[] {"estimate", "--method", "topical", "--format", "csv"},
        new String[] {"estimate", "--method", "injection", "--format", "md"},
        new String[] {"plan", "--method", "iv"},
        new String[] {"plan", "--method", "iv", "--lang", "ja", "--start", "2026-12-01"},
        new String[] {"plan", "--method", "iv", "--price", "100000", "--intensive", "5",
            "--maintenance", "2", "--format", "json"},
        new String[] {"plan", "--method", "scalp", "--protocol", "004-aga", "--format", "csv"},
        new String[] {"compare"},
        new String[] {"compare", "--lang", "ja", "--format", "html"},
        new String[] {"compare", "--format", "json"},
        new String[] {"quote", "--pricing", clinic, "--patient", "T", "--method", "iv",
            "--date", "2026-11-21", "--format", "html"},
        new String[] {"quote", "--pricing", clinic, "--patient", "T", "--method", "iv",
            "--date", "2026-11-21", "--lang", "ja"},
        new String[] {"clinics", clinic, root.resolve("pricing/example-clinic-members.yaml")
            .toString(), "--method", "iv", "--date", "2026-11-21"},
        new String[] {"clinics", clinic, "--method", "iv", "--date", "2026-11-21", "--format",
            "html", "--lang", "ja"},
        new String[] {"pricing", "show"},
        new String[] {"pricing", "validate", clinic},
        new String[] {"plan", "--help"},
        new String[] {"--version"},
        new String[] {"plan", "--method", "nothing"},
        new String[] {"batch"});
    runs = new java.util.ArrayList<>(runs);
    // A range quote with fees, and clinics over a directory of lists that between them take every
    // kind of price (tax excluded, tax not stated, a trial, a mandatory fee, a premium item): the
    // classes those paths load join the archive. The directory is the build's test data; without
    // it (a training run elsewhere) these runs are left out.
    runs.add(new String[] {"quote", "--pricing", clinic, "--patient", "T", "--method", "iv",
        "--intensive", "3..5", "--maintenance", "1..2", "--add", "blood-test",
        "--date", "2026-11-21", "--format", "json"});
    Path lists = root.resolve("src/test/data/clinics");
    if (Files.isDirectory(lists)) {
      runs.add(new String[] {"clinics", lists.toString(), "--method", "iv"});
      runs.add(new String[] {"clinics", lists.toString(), "--method", "scalp", "--lang", "ja",
          "--format", "csv"});
    }
    if (List.of(args).contains("--pdf")) {
      runs.add(new String[] {"quote", "--pricing", clinic, "--patient", "T", "--method", "iv",
          "--date", "2026-11-21", "--lang", "ja", "-o", tmp.resolve("training.pdf").toString()});
    }
    OutputStream nowhere = OutputStream.nullOutputStream();
    // pricing files' trees kept between the runs (issue 21): the example clinic's first quote
    // parses it and keeps the tree, the runs after it read the tree back, and both ways join the
    // archive
    Path trees = tmp.resolve("trees");
    Map<String, String> env = Map.of("EXOPLAN_CACHE", trees.toString());
    // every run must do what it is there to do: one that fails early (an add-on the example
    // clinic no longer offers did) leaves its command's classes out of the archive without a word
    // (issue 21: the JSON quote's were, and loaded from the jar); TrainingTest runs this list
    List<String> failed = new java.util.ArrayList<>();
    for (String[] a : runs) {
      byte[] stdin = a[0].equals("batch") ? batch.getBytes(StandardCharsets.UTF_8) : new byte[0];
      int code = Main.run(a, new Env(nowhere, nowhere, new ByteArrayInputStream(stdin), env, false,
          Clock.systemDefaultZone(), tmp));
      int expected = a[a.length - 1].equals("nothing") ? ExitCode.USAGE
          : a[0].equals("batch") ? ExitCode.DATA : ExitCode.OK;
      if (code != expected) {
        failed.add("exit " + code + " (not " + expected + "): exoplan " + String.join(" ", a));
      }
    }
    Files.deleteIfExists(tmp.resolve("training.pdf"));
    if (Files.isDirectory(trees)) {
      try (java.util.stream.Stream<Path> kept = Files.list(trees)) {
        for (Path p : (Iterable<Path>) kept::iterator) {
          Files.deleteIfExists(p);
        }
      }
      Files.deleteIfExists(trees);
    }
    Files.deleteIfExists(tmp);
    if (!failed.isEmpty()) {
      throw new IllegalStateException("training runs failed:\n" + String.join("\n", failed));
    }
  }
}
