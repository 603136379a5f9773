package fr.okrsante.fhir;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One JSON value of a FHIR document, with where it starts, so every problem can name its JSON
 * pointer, line and column. Not thread-safe; built and used by one import.
 */
final class FhirNode {

  enum Kind { OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL }

  final Kind kind;
  final @Nullable FhirNode parent;
  /** The member name in the parent object, or null in an array or at the root. */
  final @Nullable String name;
  /** The position in the parent array, or -1. */
  final int index;
  final int line;
  final int column;
  /** The text of a scalar; for a number, as written. */
  @Nullable String text;
  /** Whether a number was written without fraction or exponent. */
  boolean integral;
  final List<FhirNode> children;

  FhirNode(Kind kind, @Nullable FhirNode parent, @Nullable String name, int index, int line, int column) {
    this.kind = kind;
    this.parent = parent;
    this.name = name;
    this.index = index;
    this.line = line;
    this.column = column;
    this.children = kind == Kind.OBJECT || kind == Kind.ARRAY ? new ArrayList<>() : List.of();
  }

  /** The member of an object with that name, or null (duplicate names are refused when reading). */
  @Nullable FhirNode member(String memberName) {
    if (kind != Kind.OBJECT) {
      return null;
    }
    for (FhirNode child : children) {
      if (memberName.equals(child.name)) {
        return child;
      }
    }
    return null;
  }

  /** The JSON pointer (RFC 6901) of this value. */
  String pointer() {
    List<FhirNode> chain = new ArrayList<>();
    for (FhirNode n = this; n.parent != null; n = n.parent) {
      chain.add(n);
    }
    StringBuilder out = new StringBuilder();
    for (int i = chain.size() - 1; i >= 0; i--) {
      FhirNode n = chain.get(i);
      out.append('/');
      if (n.name != null) {
        out.append(n.name.replace("~", "~0").replace("/", "~1"));
      } else {
        out.append(n.index);
      }
    }
    return out.toString();
  }

  /** What the value is, for messages. */
  String describe() {
    switch (kind) {
      case OBJECT: return "an object";
      case ARRAY: return "an array";
      case STRING: return "a string";
      case NUMBER: return "a number";
      case BOOLEAN: return "a boolean";
      default: return "null";
    }
  }
}
