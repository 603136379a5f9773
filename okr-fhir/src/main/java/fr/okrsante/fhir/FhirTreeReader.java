package fr.okrsante.fhir;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import fr.okrsante.json.JsonProblem;
import fr.okrsante.json.OkrJsonException;
import fr.okrsante.json.ReadLimits;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads a FHIR JSON document into a located tree, strictly and within {@link ReadLimits}: one JSON
 * value and nothing after it, no duplicate member, no NaN or Infinity, depth, string, number and
 * name lengths and array sizes bounded. Iterative, so no nesting can overflow the stack.
 *
 * <p>FHIR's own JSON rules are collected as {@linkplain #problems() content problems} on the
 * offending value rather than thrown, so an import can refuse the one report that breaks them:
 * {@code null} outside an array, empty strings, arrays and objects.
 */
final class FhirTreeReader {

  private final ReadLimits limits;
  private final JsonFactory factory;
  private final List<Located> problems = new ArrayList<>();

  /** A content problem on a node. */
  static final class Located {
    final FhirNode node;
    final String message;

    Located(FhirNode node, String message) {
      this.node = node;
      this.message = message;
    }
  }

  FhirTreeReader(ReadLimits limits, JsonFactory factory) {
    this.limits = limits;
    this.factory = factory;
  }

  /** The strict factory for these limits: build it once per importer, it is thread-safe. */
  static JsonFactory factory(ReadLimits limits) {
    return JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(limits.getMaxDocumentLength())
            .maxNestingDepth(limits.getMaxNestingDepth())
            .maxStringLength(limits.getMaxStringLength())
            .maxNumberLength(limits.getMaxNumberLength())
            .maxNameLength(limits.getMaxNameLength())
            .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .build();
  }

  /** The FHIR JSON rule problems found while reading, each on its node. */
  List<Located> problems() {
    return problems;
  }

  FhirNode read(byte[] json) {
    try (JsonParser parser = factory.createParser(json)) {
      return read(parser);
    } catch (CharConversionException e) {
      // the encoding is detected when the parser is made, before read(parser) can catch it
      throw notText(e);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the FHIR document", e);
    }
  }

  FhirNode read(InputStream json) {
    try (JsonParser parser = factory.createParser(json)) {
      return read(parser);
    } catch (CharConversionException e) {
      throw notText(e);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the FHIR document", e);
    }
  }

  private static OkrJsonException notText(CharConversionException e) {
    return fail(JsonProblem.Kind.SYNTAX, "", 0, 0, "the bytes are not valid UTF-8, UTF-16 or UTF-32 text: " + e.getMessage());
  }

  private FhirNode read(JsonParser parser) throws IOException {
    try {
      JsonToken token = parser.nextToken();
      if (token == null) {
        throw fail(JsonProblem.Kind.SYNTAX, "", 0, 0, "the document is empty: a FHIR document is a JSON object");
      }
      FhirNode root = tree(parser, token);
      JsonToken after = parser.nextToken();
      if (after != null) {
        JsonLocation at = parser.currentTokenLocation();
        throw fail(JsonProblem.Kind.SYNTAX, "", at.getLineNr(), at.getColumnNr(),
            "trailing content after the FHIR resource: a document holds exactly one JSON object");
      }
      return root;
    } catch (StreamConstraintsException e) {
      throw fail(JsonProblem.Kind.LIMIT, pointer(parser), e, "over a reading limit: " + e.getOriginalMessage());
    } catch (JsonProcessingException e) {
      throw fail(JsonProblem.Kind.SYNTAX, pointer(parser), e, "malformed or refused JSON: " + e.getOriginalMessage());
    } catch (CharConversionException e) {
      throw notText(e);
    }
  }

  private static String pointer(JsonParser parser) {
    return parser.getParsingContext() == null ? "" : parser.getParsingContext().pathAsPointer().toString();
  }

  private static OkrJsonException fail(JsonProblem.Kind kind, String pointer, JsonProcessingException e, String message) {
    JsonLocation at = e.getLocation();
    return fail(kind, pointer, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), message);
  }

  private static OkrJsonException fail(JsonProblem.Kind kind, String pointer, int line, int column, String message) {
    return new OkrJsonException(List.of(JsonProblem.of(kind, pointer, Math.max(0, line), Math.max(0, column), message)));
  }

  /** Builds the tree of the value starting at {@code first}, without recursion. */
  private FhirNode tree(JsonParser parser, JsonToken first) throws IOException {
    FhirNode root = node(parser, first, null, null, -1);
    FhirNode current = root.kind == FhirNode.Kind.OBJECT || root.kind == FhirNode.Kind.ARRAY ? root : null;
    while (current != null) {
      JsonToken token = parser.nextToken();
      if (token == null) {
        throw fail(JsonProblem.Kind.SYNTAX, current.pointer(), current.line, current.column, "the document ends inside this value");
      }
      if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
        if (current.children.isEmpty()) {
          problem(current, "is " + (current.kind == FhirNode.Kind.OBJECT ? "an empty object" : "an empty array")
              + ": FHIR JSON leaves out an element that has no content");
        }
        current = current.parent;
        continue;
      }
      String name = null;
      if (token == JsonToken.FIELD_NAME) {
        name = parser.currentName();
        token = parser.nextToken();
      }
      int index = current.kind == FhirNode.Kind.ARRAY ? current.children.size() : -1;
      int max = current.parent == null || (current.parent.parent == null && "entry".equals(current.name))
          ? limits.getMaxCollectionSize() : limits.getMaxArraySize();
      if (current.kind == FhirNode.Kind.ARRAY && current.children.size() >= max) {
        throw fail(JsonProblem.Kind.LIMIT, current.pointer(), current.line, current.column,
            "has more than " + max + " items: over the reading limit");
      }
      FhirNode child = node(parser, token, current, name, index);
      current.children.add(child);
      if (child.kind == FhirNode.Kind.NULL && current.kind != FhirNode.Kind.ARRAY) {
        problem(child, "is null: FHIR JSON leaves out an element that has no value");
      }
      if (child.kind == FhirNode.Kind.STRING && child.text != null && child.text.isEmpty()) {
        problem(child, "is an empty string: FHIR JSON leaves out an element that has no value");
      }
      if (child.kind == FhirNode.Kind.OBJECT || child.kind == FhirNode.Kind.ARRAY) {
        current = child;
      }
    }
    return root;
  }

  private void problem(FhirNode node, String message) {
    problems.add(new Located(node, message));
  }

  private static FhirNode node(JsonParser parser, JsonToken token, @Nullable FhirNode parent, @Nullable String name,
      int index) throws IOException {
    JsonLocation at = parser.currentTokenLocation();
    FhirNode.Kind kind;
    switch (token) {
      case START_OBJECT: kind = FhirNode.Kind.OBJECT; break;
      case START_ARRAY: kind = FhirNode.Kind.ARRAY; break;
      case VALUE_STRING: kind = FhirNode.Kind.STRING; break;
      case VALUE_NUMBER_INT: case VALUE_NUMBER_FLOAT: kind = FhirNode.Kind.NUMBER; break;
      case VALUE_TRUE: case VALUE_FALSE: kind = FhirNode.Kind.BOOLEAN; break;
      default: kind = FhirNode.Kind.NULL; break;
    }
    FhirNode node = new FhirNode(kind, parent, name, index, Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()));
    if (kind == FhirNode.Kind.STRING || kind == FhirNode.Kind.NUMBER || kind == FhirNode.Kind.BOOLEAN) {
      node.text = parser.getText();
      node.integral = token == JsonToken.VALUE_NUMBER_INT;
    }
    return node;
  }
}
