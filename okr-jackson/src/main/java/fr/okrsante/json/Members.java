package fr.okrsante.json;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The members of one object being read: typed access, then a check that nothing unknown is left. */
final class Members {
  private final PlanReader reader;
  private final Node node;
  private final String what;
  /** The names asked for, in order; a list, as objects have a handful of members. */
  private final List<String> known = new ArrayList<>(16);

  /** Problems when reading began, and those that leave this object's own fields intact. */
  private final int start;
  private int notOwn;

  Members(PlanReader reader, Node node, String what) {
    this.reader = reader;
    this.node = node;
    this.what = what;
    this.start = reader.problems.size();
  }

  /**
   * Tells whether the value can still be built to find its own broken rules: its own fields are
   * well formed, though some of its elements (key results, check-ins…) or unknown members were
   * not. A value so built is only used for its problems ({@link #keep}).
   */
  boolean buildable() {
    return reader.problems.size() - start == notOwn;
  }

  /** Returns the value if no problem was found in this object or in anything in it. */
  <T> @Nullable T keep(@Nullable T value) {
    return reader.problems.size() == start ? value : null;
  }

  /**
   * Returns a member whose value was already read, to report a problem on it.
   *
   * @throws IllegalStateException if the object has no such member
   */
  Node found(String name) {
    Node member = node.member(name);
    if (member == null) {
      throw new IllegalStateException(what + " at '" + node.pointer() + "' has no member " + name);
    }
    return member;
  }

  @Nullable Node get(String name) {
    if (!known.contains(name)) {
      known.add(name);
    }
    Node member = node.member(name);
    if (member != null && member.kind == Node.Kind.NULL) {
      reader.problem(member, "is null: leave the property out instead");
      return null;
    }
    return member;
  }

  @Nullable Node require(String name) {
    Node member = get(name);
    if (member == null && node.member(name) == null) {
      reader.problem(node, name + " is missing: " + what + " needs it");
    }
    return member;
  }

  /** Reports unknown and repeated members; call after every get. */
  void finish() {
    int before = reader.problems.size();
    List<Node> children = node.children();
    for (int i = 0; i < children.size(); i++) {
      Node child = children.get(i);
      String name = child.memberName();
      if (!known.contains(name)) {
        reader.problem(child, "unknown property '" + name + "': " + what + " has " + String.join(", ", known));
      } else {
        for (int j = 0; j < i; j++) {
          if (name.equals(children.get(j).name)) {
            reader.problem(child, "duplicate property '" + name + "'");
            break;
          }
        }
      }
    }
    notOwn += reader.problems.size() - before;
  }

  @Nullable String string(String name, boolean required) {
    Node member = required ? require(name) : get(name);
    if (member == null) {
      return null;
    }
    return member.kind == Node.Kind.STRING ? member.text : reader.wrongType(member, "a string");
  }

  @Nullable LocalDate date(String name, boolean required) {
    Node member = required ? require(name) : get(name);
    if (member == null) {
      return null;
    }
    if (member.kind != Node.Kind.STRING) {
      return reader.wrongType(member, "an ISO-8601 date string such as \"2026-03-31\"");
    }
    LocalDate fast = IsoDates.date(member.scalarText());
    if (fast != null) {
      return fast;
    }
    try {
      return LocalDate.parse(member.scalarText());
    } catch (DateTimeParseException e) {
      reader.problem(member, "is not an ISO-8601 date: write it as \"2026-03-31\"");
      return null;
    }
  }

  @Nullable Instant instant(String name, boolean required) {
    Node member = required ? require(name) : get(name);
    if (member == null) {
      return null;
    }
    if (member.kind != Node.Kind.STRING) {
      return reader.wrongType(member, "an ISO-8601 instant string such as \"2026-03-31T08:30:00Z\"");
    }
    Instant fast = IsoDates.instant(member.scalarText());
    if (fast != null) {
      return fast;
    }
    try {
      return Instant.parse(member.scalarText());
    } catch (DateTimeParseException e) {
      reader.problem(member, "is not an ISO-8601 instant in UTC: write it as \"2026-03-31T08:30:00Z\"");
      return null;
    }
  }

  @Nullable Period period(String name) {
    Node member = get(name);
    if (member == null) {
      return null;
    }
    if (member.kind != Node.Kind.STRING) {
      return reader.wrongType(member, "an ISO-8601 period string such as \"P1M\"");
    }
    try {
      return Period.parse(member.scalarText());
    } catch (DateTimeParseException e) {
      reader.problem(member, "is not an ISO-8601 period: write it as \"P1M\", \"P7D\" or \"P1Y\"");
      return null;
    }
  }

  @Nullable BigDecimal decimal(String name, boolean required) {
    Node member = required ? require(name) : get(name);
    return member == null ? null : reader.decimal(member);
  }

  @Nullable Double number(String name) {
    Node member = get(name);
    if (member == null) {
      return null;
    }
    if (member.kind != Node.Kind.INTEGER && member.kind != Node.Kind.DECIMAL) {
      return reader.wrongType(member, "a number");
    }
    double value;
    try {
      value = Double.parseDouble(member.scalarText());
    } catch (NumberFormatException e) {
      value = Double.NaN;
    }
    if (!Double.isFinite(value)) {
      reader.problem(member, "is not a finite number");
      return null;
    }
    return value;
  }

  @Nullable Boolean bool(String name) {
    Node member = get(name);
    if (member == null) {
      return null;
    }
    return member.kind == Node.Kind.BOOLEAN ? Boolean.valueOf(member.scalarText()) : reader.wrongType(member, "true or false");
  }

  <E extends Enum<E>> @Nullable E constant(String name, Names<E> names, boolean required) {
    Node member = required ? require(name) : get(name);
    if (member == null) {
      return null;
    }
    if (member.kind != Node.Kind.STRING) {
      return reader.wrongType(member, "one of " + names.choices());
    }
    Optional<E> constant = names.constant(member.scalarText());
    if (constant.isEmpty()) {
      reader.problem(member, "is not one of " + names.choices());
      return null;
    }
    return constant.get();
  }

  /** Reads an array of strings; {@code distinct} reports repeated ones (the property is a set). */
  @Nullable List<String> strings(String name, boolean distinct) {
    Node member = get(name);
    if (member == null) {
      return List.of();
    }
    if (member.kind != Node.Kind.ARRAY) {
      return reader.wrongType(member, "an array of strings");
    }
    List<String> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    boolean ok = true;
    for (Node item : member.children()) {
      if (item.kind != Node.Kind.STRING) {
        reader.wrongType(item, "a string");
        ok = false;
      } else if (distinct && !seen.add(item.text)) {
        reader.problem(item, "'" + item.text + "' is listed twice");
        ok = false;
      } else {
        out.add(item.text);
      }
    }
    return ok ? out : null;
  }

  <T> @Nullable List<T> objects(String name, Function<Node, @Nullable T> convert) {
    Node member = get(name);
    if (member == null) {
      return List.of();
    }
    if (member.kind != Node.Kind.ARRAY) {
      return reader.wrongType(member, "an array");
    }
    List<T> out = new ArrayList<>(member.children().size());
    int before = reader.problems.size();
    for (Node item : member.children()) {
      T value = convert.apply(item);
      if (value != null) {
        out.add(value);
      }
    }
    notOwn += reader.problems.size() - before;
    return out;
  }

  <T> @Nullable T object(String name, boolean required, Function<Node, @Nullable T> convert) {
    Node member = required ? require(name) : get(name);
    if (member == null) {
      return null;
    }
    int before = reader.problems.size();
    T value = convert.apply(member);
    notOwn += reader.problems.size() - before;
    return value;
  }
}
