package fr.okrsante.importing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Saved API pages: JSON files read with bounds (size, nesting, string length, no duplicate member
 * names, nothing after the document), each record located by its file and position.
 */
final class ApiPages {

  static final long MAX_PAGE_BYTES = 64L * 1024 * 1024;
  static final int MAX_FILES = 10_000;
  private static final ObjectMapper MAPPER = mapper();
  private static final DateTimeFormatter JIRA_OFFSET = new DateTimeFormatterBuilder()
      .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME).appendPattern("[XXX][XX]").toFormatter();

  private ApiPages() {}

  private static ObjectMapper mapper() {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(1_000_000)
            .maxNumberLength(100).maxDocumentLength(MAX_PAGE_BYTES).build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    ObjectMapper mapper = new ObjectMapper(factory);
    mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    mapper.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
    return mapper;
  }

  /** A record of a page, with where it stands. */
  record Item(String file, long position, JsonNode node) {}

  /** The JSON files of a folder, sorted by name; or the file itself. */
  static List<Path> files(Path source) {
    if (Files.isRegularFile(source)) {
      return List.of(source);
    }
    if (!Files.isDirectory(source)) {
      throw new SourceFormatException(String.valueOf(source.getFileName()), 0, "no such file or folder");
    }
    try (Stream<Path> walk = Files.walk(source, 4)) {
      List<Path> files = walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".json")).sorted()
          .limit(MAX_FILES + 1L).toList();
      if (files.size() > MAX_FILES) {
        throw new SourceFormatException(String.valueOf(source.getFileName()), 0, "holds more than " + MAX_FILES + " JSON files");
      }
      return files;
    } catch (IOException e) {
      throw new SourceFormatException(String.valueOf(source.getFileName()), 0, "cannot be listed (" + e.getMessage() + ")", e);
    }
  }

  /** Reads one page. */
  static JsonNode read(Path file, String name) {
    try {
      if (Files.size(file) > MAX_PAGE_BYTES) {
        throw new SourceFormatException(name, 0, "is over the limit of " + MAX_PAGE_BYTES + " bytes for a saved page");
      }
      try (InputStream in = Files.newInputStream(file)) {
        JsonNode node = MAPPER.readTree(in);
        if (node == null || node.isMissingNode()) {
          throw new SourceFormatException(name, 0, "is empty: expected a saved API response (JSON)");
        }
        return node;
      }
    } catch (IOException e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
      throw new SourceFormatException(name, 0, "is not a readable JSON page: " + CsvRows.shorten(message), e);
    }
  }

  /** The records of an Asana page: {@code data} as an array, or a single object. */
  static List<Item> data(JsonNode page, String name) {
    JsonNode data = page.get("data");
    if (data == null || !(data.isArray() || data.isObject())) {
      throw new SourceFormatException(name, 0, "has no 'data' array or object: expected a saved Asana API response ({\"data\": [...]})");
    }
    List<Item> items = new ArrayList<>();
    if (data.isObject()) {
      items.add(new Item(name, 1, data));
    } else {
      for (int i = 0; i < data.size(); i++) {
        items.add(new Item(name, i + 1, data.get(i)));
      }
    }
    return items;
  }

  static @Nullable String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.isValueNode() ? value.asText() : null;
  }

  static @Nullable String gid(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || !value.isObject() ? null : text(value, "gid");
  }

  static @Nullable LocalDate date(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** A date-time ({@code 2026-03-31T10:00:00.000Z}, Jira's {@code +0200}) as a date in the zone; null if unreadable. */
  static @Nullable LocalDate dayIn(@Nullable String text, ZoneId zone) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text, JIRA_OFFSET).atZoneSameInstant(zone).toLocalDate();
    } catch (DateTimeException e) {
      return date(text.length() >= 10 ? text.substring(0, 10) : text);
    }
  }

  /** An id the plan accepts, from a prefix and an external id ({@code asana-goal-1203}). */
  static String id(String prefix, String external) {
    StringBuilder out = new StringBuilder(prefix);
    for (int i = 0; i < external.length() && out.length() < 100; i++) {
      char c = external.charAt(i);
      out.append(Character.isLetterOrDigit(c) && c < 128 || c == '.' || c == '_' || c == '-' ? c : '_');
    }
    return out.toString();
  }
}
