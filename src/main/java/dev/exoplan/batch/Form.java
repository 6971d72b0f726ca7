package dev.exoplan.batch;

/**
 * What a batch writes for each request: the command's whole JSON document ({@code --detail full},
 * the default), a compact JSON summary ({@code --detail summary}) or a CSV row
 * ({@code --format csv}). Error lines are the same in both JSON forms; in CSV they are rows of the
 * same shape.
 */
public enum Form {
  FULL,
  SUMMARY,
  CSV
}
