package dev.exoplan.domain.catalog;

import dev.exoplan.domain.text.Text;

import java.time.LocalDate;
import java.util.Optional;

/** A published article that price tables cite: its id ("003"), seed file, title and date. */
public record Source(
    String id,
    String file,
    String title,
    Optional<LocalDate> date,
    Optional<String> publisher,
    Text summary) {}
