package dev.exoplan.batch;

import java.util.ArrayList;
import java.util.List;

/** A request's options in the order written: a few names and values, without a hash map per line. */
final class Options {
  private String[] names = new String[12];
  private String[] values = new String[12];
  private int size;

  /** Adds an option; false if the name is already there. */
  boolean put(String name, String value) {
    for (int i = 0; i < size; i++) {
      if (names[i].equals(name)) {
        return false;
      }
    }
    if (size == names.length) {
      names = java.util.Arrays.copyOf(names, size * 2);
      values = java.util.Arrays.copyOf(values, size * 2);
    }
    names[size] = name;
    values[size] = value;
    size++;
    return true;
  }

  String get(String name) {
    for (int i = 0; i < size; i++) {
      if (names[i].equals(name)) {
        return values[i];
      }
    }
    return null;
  }

  /** Removes and returns an option's value. */
  String remove(String name) {
    for (int i = 0; i < size; i++) {
      if (names[i].equals(name)) {
        String v = values[i];
        System.arraycopy(names, i + 1, names, i, size - i - 1);
        System.arraycopy(values, i + 1, values, i, size - i - 1);
        size--;
        return v;
      }
    }
    return null;
  }

  List<String> names() {
    List<String> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      out.add(names[i]);
    }
    return out;
  }

  int size() {
    return size;
  }

  String name(int i) {
    return names[i];
  }
}
