package fr.okrsante.json;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One JSON value of the document being read, with where it starts: a small tree of one element
 * (one objective, one unit…) at a time, so the reader can report every problem with its pointer
 * and position. Not thread-safe; used by one read only.
 */
final class Node {

  enum Kind { OBJECT, ARRAY, STRING, INTEGER, DECIMAL, BOOLEAN, NULL }

  final Kind kind;
  final @Nullable Node parent;
  /** The property name in the parent object, or null in an array or at the root. */
  final @Nullable String name;
  /** The position in the parent array, or -1. */
  final int index;
  final int line;
  final int column;
  /** The text of a scalar (string, number, true/false); null for containers and null. */
  @Nullable String text;
  /** The members of an object or the items of an array; null for scalars. */
  @Nullable List<Node> children;

  Node(Kind kind, @Nullable Node parent, @Nullable String name, int index, int line, int column) {
    this.kind = kind;
    this.parent = parent;
    this.name = name;
    this.index = index;
    this.line = line;
    this.column = column;
    if (kind == Kind.OBJECT || kind == Kind.ARRAY) {
      children = new ArrayList<>();
    }
  }

  boolean isContainer() {
    return kind == Kind.OBJECT || kind == Kind.ARRAY;
  }

  List<Node> children() {
    return children == null ? List.of() : children;
  }

  /**
   * Returns the text of a scalar (string, number, true/false), which the tree reader always sets.
   *
   * @throws IllegalStateException for an object, an array or null, which have no text
   */
  String scalarText() {
    String scalar = text;
    if (scalar == null) {
      throw new IllegalStateException(describe() + " at '" + pointer() + "' has no text");
    }
    return scalar;
  }

  /**
   * Returns the property name of a member of an object, which the tree reader always sets.
   *
   * @throws IllegalStateException for an array item or the root, which have no name
   */
  String memberName() {
    String member = name;
    if (member == null) {
      throw new IllegalStateException("the value at '" + pointer() + "' is not a member of an object");
    }
    return member;
  }

  /** Returns the member of an object with that name (the first, if the input repeats it). */
  @Nullable Node member(String memberName) {
    if (kind != Kind.OBJECT) {
      return null;
    }
    for (Node child : children()) {
      if (memberName.equals(child.name)) {
        return child;
      }
    }
    return null;
  }

  /** Returns the text of a string member, if it is one. */
  @Nullable String memberText(String memberName) {
    Node member = member(memberName);
    return member != null && member.kind == Kind.STRING ? member.text : null;
  }

  /** Returns the JSON pointer (RFC 6901) of this value. */
  String pointer() {
    StringBuilder out = new StringBuilder();
    appendPointer(this, out);
    return out.toString();
  }

  private static void appendPointer(Node node, StringBuilder out) {
    // iterative: collect the chain, then write it root first
    List<Node> chain = new ArrayList<>();
    for (Node n = node; n != null && n.parent != null; n = n.parent) {
      chain.add(n);
    }
    for (int i = chain.size() - 1; i >= 0; i--) {
      Node n = chain.get(i);
      out.append('/');
      if (n.name != null) {
        out.append(n.name.replace("~", "~0").replace("/", "~1"));
      } else {
        out.append(n.index);
      }
    }
  }

  /** Returns what a JSON value is, for messages: "a string", "an object"… */
  String describe() {
    switch (kind) {
      case OBJECT: return "an object";
      case ARRAY: return "an array";
      case STRING: return "a string";
      case INTEGER: return "an integer";
      case DECIMAL: return "a decimal number";
      case BOOLEAN: return "a boolean";
      default: return "null";
    }
  }
}
