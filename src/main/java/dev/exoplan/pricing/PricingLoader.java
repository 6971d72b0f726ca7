package dev.exoplan.pricing;

import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.domain.text.Message;
import dev.exoplan.domain.catalog.PriceTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Loads pricing tables: the shipped market tables from the classpath, then each {@code --pricing}
 * file (or every {@code .yaml}, {@code .yml}, {@code .json} and {@code .xlsx} file of a directory,
 * by name) layered over them. A file is at most {@value #MAX_FILE_BYTES} bytes; {@code .json} files
 * are read as JSON, {@code .xlsx} as a workbook ({@link Workbooks}), everything else as YAML.
 */
public final class PricingLoader {
  public static final int MAX_FILE_BYTES = 1 << 20;

  /** The shipped market tables, as named in messages and in {@code pricing show}. */
  public static final String SHIPPED = "pricing/market.yaml";

  /** Their compiled form, written by the build ({@link CatalogCodec#main}). */
  static final String COMPILED = "/dev/exoplan/pricing/market.bin";

  private PricingLoader() {}

  /** The shipped tables: their compiled form when the jar has it (fast), else the YAML. */
  public static Catalog shipped() {
    Optional<InputStream> compiled = dev.exoplan.util.Resources.open(COMPILED.substring(1));
    if (compiled.isPresent()) {
      try (InputStream bin = compiled.get()) {
        Optional<PriceTable> t = CatalogCodec.read(
            new dev.exoplan.util.BytesIn(bin.readAllBytes())); // issue 21: not DataInputStream
        if (t.isPresent()) {
          return Catalog.of(List.of(t.get()));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return shippedFromYaml();
  }

  /** The shipped tables parsed from their YAML, as the build compiles them. */
  public static Catalog shippedFromYaml() {
    try (InputStream in = PricingLoader.class.getResourceAsStream("/" + SHIPPED)) {
      if (in == null) {
        throw new IllegalStateException("the shipped tables are missing from the jar: " + SHIPPED);
      }
      byte[] content = in.readAllBytes();
      return Catalog.of(List.of(parse(SHIPPED, content, Catalog.of(List.of()))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A file to read: the name it is shown by (as the user gave it), where it is, and where its
   * parsed tree may be kept between runs (issue 21; {@link TreeCache#none()} for none).
   */
  public record Input(String name, Path path, TreeCache trees) {
    public Input(String name, Path path) {
      this(name, path, TreeCache.none());
    }
  }

  /** The shipped tables with each of {@code layers} on top, in order. */
  public static Catalog load(List<Input> layers) {
    return load(layers, w -> { });
  }

  /** The same, telling {@code warn} about what a directory held that is not a regular file. */
  public static Catalog load(List<Input> layers, java.util.function.Consumer<Message> warn) {
    Catalog catalog = shipped();
    SameClinic same = new SameClinic();
    for (Input layer : layers) {
      for (Input file : expand(layer, warn)) {
        catalog = catalog.with(parse(file.name(), read(file), catalog, same, file.trees()));
      }
    }
    return catalog;
  }

  /** One file's table, checked against the layers below it ({@code base}). */
  public static PriceTable parse(String name, byte[] content, Catalog base) {
    return parse(name, content, base, new SameClinic());
  }

  /**
   * The same, read together with the lists {@code same} has seen: a clinic list with the id and
   * the effective date (or none) of one of them is refused.
   */
  static PriceTable parse(String name, byte[] content, Catalog base, SameClinic same) {
    return parse(name, content, base, same, TreeCache.none());
  }

  /** The same, the file's tree kept in {@code trees} or taken from it. */
  static PriceTable parse(String name, byte[] content, Catalog base, SameClinic same,
      TreeCache trees) {
    Node root = trees.tree(name, content); // issue 19: .xlsx too, into the same tree
    PriceTable table = TableBinder.bind(name, root, base);
    same.add(table, SameClinic.idAt(root));
    return table;
  }

  /** A directory's pricing files by name, or the path itself. */
  public static List<Input> expand(Input input) {
    return expand(input, w -> { });
  }

  /**
   * A directory's pricing files by name, or the path itself; in a directory, what is not a regular
   * file (a FIFO, a device, a socket, a link to one) is skipped, and {@code warn} told.
   */
  public static List<Input> expand(Input input, java.util.function.Consumer<Message> warn) {
    if (!Files.isDirectory(input.path())) {
      return List.of(input);
    }
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> dir = Files.newDirectoryStream(input.path(), "*.{yaml,yml,json,xlsx}")) {
      dir.forEach(files::add);
    } catch (IOException e) {
      throw new UnreadableFileException(input.name(), Message.of("io.directory.unlistable", Reasons.ofRead(e)));
    }
    if (files.isEmpty()) {
      throw new UnreadableFileException(input.name(), Message.of("io.directory.empty"));
    }
    files.sort(null);
    String prefix = input.name().endsWith("/") ? input.name() : input.name() + "/";
    List<Input> out = new ArrayList<>();
    for (Path f : files) {
      dev.exoplan.util.FileKind kind = dev.exoplan.util.FileKind.of(f, true);
      if (kind == dev.exoplan.util.FileKind.REGULAR) {
        out.add(new Input(prefix + f.getFileName(), f, input.trees()));
      } else {
        warn.accept(Message.of("warn.pricing.skipped", prefix + f.getFileName(), Reasons.kind(kind)));
      }
    }
    if (out.isEmpty()) {
      throw new UnreadableFileException(input.name(), Message.of("io.directory.empty"));
    }
    return out;
  }

  /**
   * A file's bytes: a regular file or a pipe given by name, at most {@value #MAX_FILE_BYTES} bytes,
   * counted as they are read (a device or a pipe has no size to check first).
   */
  public static byte[] read(Input input) {
    String name = input.name();
    Path file = input.path();
    try {
      if (Files.isDirectory(file)) {
        throw new UnreadableFileException(name, Message.of("io.is.directory"));
      }
      return dev.exoplan.util.InputFiles.read(file, MAX_FILE_BYTES);
    } catch (dev.exoplan.util.InputFiles.TooLarge e) {
      throw new PricingException(new Position(name, 1, 1),
          Message.of("data.file.too.large", MAX_FILE_BYTES));
    } catch (dev.exoplan.util.InputFiles.NotAFile | dev.exoplan.util.InputFiles.NoWriter e) {
      throw new UnreadableFileException(name, Message.of("io.reason", Reasons.ofRead(e)));
    } catch (NoSuchFileException e) {
      throw new UnreadableFileException(name, Message.of("io.no.such.file"));
    } catch (AccessDeniedException e) {
      throw new UnreadableFileException(name, Message.of("io.permission.denied"));
    } catch (IOException e) {
      throw new UnreadableFileException(name, Message.of("io.cannot.read", e.getMessage()));
    }
  }
}
