package dev.exoplan.cli;

import dev.exoplan.domain.text.Lang;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The language a run speaks before (or without) picocli's parse: its --lang, else the locale's. */
final class RunLanguage {
  private RunLanguage() {}

  /**
   * The language of a command line picocli has not parsed (or refused): its {@code --lang ja|en}
   * ({@code --lang=ja}) when it has a valid one before any {@code --}, else the locale's.
   */
  static Lang of(String[] args, Env env) {
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--")) {
        break;
      }
      String v = a.equals("--lang") && i + 1 < args.length ? args[i + 1]
          : a.startsWith("--lang=") ? a.substring("--lang=".length()) : null;
      Optional<Lang> l = v == null ? Optional.empty() : Lang.byId(v);
      if (l.isPresent()) {
        return l.get();
      }
    }
    return ofLocale(env);
  }

  /** The locale's language: EXOPLAN_LOCALE, else LC_ALL, LC_MESSAGES or LANG; else English. */
  static Lang ofLocale(Env env) {
    String launcher = env.variable("EXOPLAN_LOCALE"); // the launcher runs the JVM in C.UTF-8
    if (launcher != null) {
      return launcher.toLowerCase(Locale.ROOT).startsWith("ja") ? Lang.JA : Lang.EN;
    }
    for (String var : List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
      String v = env.variable(var);
      if (v != null && !v.isEmpty()) {
        return v.toLowerCase(Locale.ROOT).startsWith("ja") ? Lang.JA : Lang.EN;
      }
    }
    return Lang.EN;
  }
}
