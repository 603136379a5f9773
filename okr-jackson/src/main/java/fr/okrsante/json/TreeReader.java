package fr.okrsante.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads JSON tokens into the located tree ({@link Node}): each value with its line and column, so
 * that every problem can be reported where it stands. Stateless; the limits and the problems are
 * the {@link PlanReader}'s.
 */
final class TreeReader {

  private TreeReader() {}

  /** Returns the node of the current token, located; a scalar's text is read, a container's members are not. */
  static Node node(JsonParser parser, JsonToken token, @Nullable Node parent, @Nullable String name, int index)
      throws IOException {
    JsonLocation at = parser.currentTokenLocation();
    Node node = new Node(kind(token), parent, name, index, Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()));
    switch (token) {
      case VALUE_STRING:
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        node.text = parser.getText();
        break;
      case VALUE_TRUE:
        node.text = "true";
        break;
      case VALUE_FALSE:
        node.text = "false";
        break;
      default:
        break;
    }
    return node;
  }

  private static Node.Kind kind(JsonToken token) {
    switch (token) {
      case START_OBJECT: return Node.Kind.OBJECT;
      case START_ARRAY: return Node.Kind.ARRAY;
      case VALUE_STRING: return Node.Kind.STRING;
      case VALUE_NUMBER_INT: return Node.Kind.INTEGER;
      case VALUE_NUMBER_FLOAT: return Node.Kind.DECIMAL;
      case VALUE_TRUE:
      case VALUE_FALSE: return Node.Kind.BOOLEAN;
      case VALUE_NULL: return Node.Kind.NULL;
      default: throw new IllegalStateException("unexpected token " + token);
    }
  }

  /** Reads one value and everything in it; iterative, so depth costs no stack. */
  static Node read(PlanReader reader, JsonParser parser, JsonToken first, @Nullable Node parent, @Nullable String name, int index)
      throws IOException {
    Node top = node(parser, first, parent, name, index);
    if (!top.isContainer()) {
      return top;
    }
    Deque<Node> open = new ArrayDeque<>();
    open.push(top);
    while (!open.isEmpty()) {
      JsonToken token = parser.nextToken();
      Node current = open.peek();
      if (token == null) {
        reader.ended(current);
      }
      if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
        open.pop();
        continue;
      }
      String memberName = null;
      if (token == JsonToken.FIELD_NAME) {
        memberName = parser.currentName();
        token = parser.nextToken();
      }
      List<Node> children = current.children();
      if (children.size() >= reader.limits().getMaxArraySize()) {
        reader.problem(JsonProblem.Kind.LIMIT, current.pointer(), current,
            "has more than " + reader.limits().getMaxArraySize() + " elements (ReadLimits.maxArraySize)");
        throw new PlanReader.Stop();
      }
      Node child = node(parser, token, current, memberName, memberName == null ? children.size() : -1);
      children.add(child);
      if (child.isContainer()) {
        open.push(child);
      }
    }
    return top;
  }
}
