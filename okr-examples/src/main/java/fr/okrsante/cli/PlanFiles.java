package fr.okrsante.cli;

import fr.okrsante.json.JsonProblem;
import fr.okrsante.json.OkrJson;
import fr.okrsante.json.OkrJsonException;
import fr.okrsante.plan.Plan;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads plan documents from files with okr-jackson's {@link OkrJson}, and sorts what goes wrong
 * into the tool's exit codes.
 *
 * <p>{@link CliException#UNREADABLE} (3) when the file is not a JSON document this tool will read:
 * missing, not UTF-8 text, empty, malformed or truncated JSON, content after the document, NaN or
 * Infinity, or over a {@linkplain fr.okrsante.json.ReadLimits reading limit}.
 * {@link CliException#INVALID_PLAN} (1) when it is JSON but not a valid plan: an unknown
 * property, a wrong type, a missing value, a repeated key, a broken rule of the domain. The
 * exception's details list every problem with its JSON pointer, line and column.
 *
 * <p>{@link OkrJsonException} reports both kinds in one list; a problem is about the input itself
 * when its {@link JsonProblem#getKind() kind} is {@link JsonProblem.Kind#SYNTAX} (malformed, empty,
 * truncated or trailing) or {@link JsonProblem.Kind#LIMIT} (over a reading limit).
 */
final class PlanFiles implements PlanDocuments {

  private final OkrJson json;

  /** Creates the reader with the standard limits. */
  PlanFiles() {
    this(OkrJson.standard());
  }

  /**
   * Creates the reader with given limits, for tests.
   *
   * @param json the reader
   */
  PlanFiles(OkrJson json) {
    this.json = Objects.requireNonNull(json, "json");
  }

  @Override
  public Plan read(Path file) {
    Objects.requireNonNull(file, "file");
    if (!Files.isRegularFile(file)) {
      throw new CliException(CliException.UNREADABLE, file + ": no such file");
    }
    if (!Files.isReadable(file)) {
      throw new CliException(CliException.UNREADABLE, file + ": cannot be read (permissions)");
    }
    String text;
    try {
      long size = Files.size(file);
      long limit = json.getLimits().getMaxDocumentLength();
      if (size > limit) {
        throw new CliException(CliException.UNREADABLE,
            file + ": " + size + " bytes, over the limit of " + limit + " (ReadLimits.maxDocumentLength)");
      }
      // read as text, so that columns count characters as editors do
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new CliException(CliException.UNREADABLE, file + ": not UTF-8 text, so not a JSON document", e);
    } catch (IOException e) {
      throw new CliException(CliException.UNREADABLE, file + ": cannot be read (" + e.getMessage() + ")", e);
    }
    try {
      return json.readPlan(text);
    } catch (OkrJsonException e) {
      throw classify(file, e);
    }
  }

  private static CliException classify(Path file, OkrJsonException e) {
    List<String> details = new ArrayList<>();
    JsonProblem unreadable = null;
    for (JsonProblem problem : e.getProblems()) {
      details.add(problem.toString());
      if (unreadable == null && isAboutTheInput(problem)) {
        unreadable = problem;
      }
    }
    if (unreadable != null) {
      return new CliException(CliException.UNREADABLE,
          file + ": not a readable JSON document: " + unreadable, List.of(), e);
    }
    int count = details.size();
    return new CliException(CliException.INVALID_PLAN,
        file + ": invalid plan, " + count + (count == 1 ? " problem" : " problems"), details, e);
  }

  /**
   * Tells whether a problem is about the input itself (not JSON, or over a limit) rather than about
   * the plan it holds.
   *
   * @param problem a problem reported by okr-jackson
   * @return true if the input cannot be read as a JSON document
   */
  static boolean isAboutTheInput(JsonProblem problem) {
    return problem.getKind() != JsonProblem.Kind.CONTENT;
  }

}
