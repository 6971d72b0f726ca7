package dev.exoplan.report;

import dev.exoplan.domain.catalog.Catalog;
import dev.exoplan.domain.catalog.Source;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The sources a report cites, looked up in the catalog by id in the order given. */
public final class Cited {
  private Cited() {}

  /** The catalog's source for each id it knows; an id it does not know is left out. */
  public static List<Source> sources(Catalog catalog, Collection<String> ids) {
    List<Source> out = new ArrayList<>();
    for (String id : ids) {
      Optional<Source> s = catalog.source(id);
      if (s.isPresent()) {
        out.add(s.get());
      }
    }
    return out;
  }
}
