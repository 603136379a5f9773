package fr.okrsante.json;

import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.Serializable;
import java.util.Objects;

/**
 * Bounds on what reading a document may cost, so that untrusted input cannot exhaust memory or
 * time: document length, nesting depth, string, number and property-name lengths, array sizes,
 * and the number of problems collected before reading stops.
 *
 * <p>The {@linkplain #defaults() defaults} are sized for the largest real plan, a national plan of
 * about 28,000 organisations: 120,000 objectives, 360,000 key results and 4.3 million check-ins
 * make a document of about 1 GB.
 *
 * <table>
 *   <caption>Defaults</caption>
 *   <tr><th>limit</th><th>default</th><th>why</th></tr>
 *   <tr><td>{@link #getMaxDocumentLength() document length}</td><td>2,000,000,000 bytes (or chars)</td>
 *       <td>twice the national plan; raise it for a plan of a million objectives</td></tr>
 *   <tr><td>{@link #getMaxNestingDepth() nesting depth}</td><td>32</td>
 *       <td>a plan document nests 7 levels deep</td></tr>
 *   <tr><td>{@link #getMaxStringLength() string length}</td><td>1,000,000 chars</td>
 *       <td>the longest texts are descriptions and notes</td></tr>
 *   <tr><td>{@link #getMaxNumberLength() number length}</td><td>100 chars</td>
 *       <td>values people type; more digits are an attack, not a measurement</td></tr>
 *   <tr><td>{@link #getMaxNameLength() property-name length}</td><td>256 chars</td>
 *       <td>the longest property name of the format is 22 chars</td></tr>
 *   <tr><td>{@link #getMaxCollectionSize() top-level collection}</td><td>2,000,000 elements</td>
 *       <td>units, cycles, objectives, initiatives, links: a million objectives still read</td></tr>
 *   <tr><td>{@link #getMaxArraySize() nested array}</td><td>100,000 elements</td>
 *       <td>key results of an objective, check-ins of a key result (daily check-ins for 270 years), ids</td></tr>
 *   <tr><td>{@link #getMaxProblems() problems}</td><td>1,000</td>
 *       <td>reading stops once that many problems are collected</td></tr>
 * </table>
 *
 * <p>Decimal numbers are also bounded in magnitude: an exponent that gives a scale beyond ±1,000
 * ({@code 1E+999999999}) is refused whatever the limits, as arithmetic on it would not end.
 *
 * <p>This class is immutable, thread-safe and serializable; each {@code with…} method returns a
 * changed copy.
 */
public final class ReadLimits implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The largest scale, in absolute value, of a decimal read from a document. */
  static final int MAX_DECIMAL_SCALE = 1_000;

  private static final ReadLimits DEFAULTS =
      new ReadLimits(2_000_000_000L, 32, 1_000_000, 100, 256, 2_000_000, 100_000, 1_000);

  /** The longest document, in bytes or chars. */
  private final long maxDocumentLength;
  /** The deepest nesting of arrays and objects. */
  private final int maxNestingDepth;
  /** The longest string value, in chars. */
  private final int maxStringLength;
  /** The longest number, in chars. */
  private final int maxNumberLength;
  /** The longest property name, in chars. */
  private final int maxNameLength;
  /** The most elements of a top-level collection. */
  private final int maxCollectionSize;
  /** The most elements of a nested array. */
  private final int maxArraySize;
  /** The most problems collected before reading stops. */
  private final int maxProblems;

  private ReadLimits(long maxDocumentLength, int maxNestingDepth, int maxStringLength, int maxNumberLength,
      int maxNameLength, int maxCollectionSize, int maxArraySize, int maxProblems) {
    this.maxDocumentLength = positive(maxDocumentLength, "maxDocumentLength");
    this.maxNestingDepth = (int) atLeast(maxNestingDepth, 8, "maxNestingDepth");
    this.maxStringLength = (int) atLeast(maxStringLength, 100, "maxStringLength");
    this.maxNumberLength = (int) atLeast(maxNumberLength, 20, "maxNumberLength");
    this.maxNameLength = (int) atLeast(maxNameLength, 32, "maxNameLength");
    this.maxCollectionSize = (int) positive(maxCollectionSize, "maxCollectionSize");
    this.maxArraySize = (int) positive(maxArraySize, "maxArraySize");
    this.maxProblems = (int) positive(maxProblems, "maxProblems");
  }

  private static long positive(long value, String name) {
    return atLeast(value, 1, name);
  }

  private static long atLeast(long value, long least, String name) {
    if (value < least) {
      throw new IllegalArgumentException(name + " is " + value + ": it must be at least " + least);
    }
    return value;
  }

  /**
   * Returns the default limits, sized for a national plan.
   *
   * @return the defaults
   */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the largest document accepted, in bytes for binary input and chars for text.
   *
   * @return the limit, 2,000,000,000 by default
   */
  public long getMaxDocumentLength() {
    return maxDocumentLength;
  }

  /**
   * Returns the deepest nesting of arrays and objects accepted.
   *
   * @return the limit, 32 by default
   */
  public int getMaxNestingDepth() {
    return maxNestingDepth;
  }

  /**
   * Returns the longest string value accepted, in chars.
   *
   * @return the limit, 1,000,000 by default
   */
  public int getMaxStringLength() {
    return maxStringLength;
  }

  /**
   * Returns the longest number accepted, in chars.
   *
   * @return the limit, 100 by default
   */
  public int getMaxNumberLength() {
    return maxNumberLength;
  }

  /**
   * Returns the longest property name accepted, in chars.
   *
   * @return the limit, 256 by default
   */
  public int getMaxNameLength() {
    return maxNameLength;
  }

  /**
   * Returns the most elements accepted in one top-level collection (units, cycles, objectives,
   * initiatives, links).
   *
   * @return the limit, 2,000,000 by default
   */
  public int getMaxCollectionSize() {
    return maxCollectionSize;
  }

  /**
   * Returns the most elements accepted in any other array (key results, check-ins, ids…).
   *
   * @return the limit, 100,000 by default
   */
  public int getMaxArraySize() {
    return maxArraySize;
  }

  /**
   * Returns how many problems are collected before reading stops.
   *
   * @return the limit, 1,000 by default
   */
  public int getMaxProblems() {
    return maxProblems;
  }

  /**
   * Returns a copy with another document length limit. This instance is unchanged.
   *
   * @param limit the largest document, in bytes or chars, ≥ 1
   * @return the changed limits
   * @throws IllegalArgumentException if {@code limit} is below 1
   */
  public ReadLimits withMaxDocumentLength(long limit) {
    return new ReadLimits(limit, maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength,
        maxCollectionSize, maxArraySize, maxProblems);
  }

  /**
   * Returns a copy with another nesting depth limit. This instance is unchanged.
   *
   * @param limit the deepest nesting, ≥ 8 (a plan document needs 7)
   * @return the changed limits
   * @throws IllegalArgumentException if {@code limit} is below 8
   */
  public ReadLimits withMaxNestingDepth(int limit) {
    return new ReadLimits(maxDocumentLength, limit, maxStringLength, maxNumberLength, maxNameLength,
        maxCollectionSize, maxArraySize, maxProblems);
  }

  /**
   * Returns a copy with another string length limit. This instance is unchanged.
   *
   * @param limit the longest string, in chars, ≥ 100
   * @return the changed limits
   * @throws IllegalArgumentException if {@code limit} is below 100
   */
  public ReadLimits withMaxStringLength(int limit) {
    return new ReadLimits(maxDocumentLength, maxNestingDepth, limit, maxNumberLength, maxNameLength,
        maxCollectionSize, maxArraySize, maxProblems);
  }

  /**
   * Returns a copy with another number length limit. This instance is unchanged.
   *
   * @param limit the longest number, in chars, ≥ 20
   * @return the changed limits
   * @throws IllegalArgumentException if {@code limit} is below 20
   */
  public ReadLimits withMaxNumberLength(int limit) {
    return new ReadLimits(maxDocumentLength, maxNestingDepth, maxStringLength, limit, maxNameLength,
        maxCollectionSize, maxArraySize, maxProblems);
  }

  /**
   * Returns a copy with another property-name length limit. This instance is unchanged.
   *
   * @param limit the longest property name, in chars, ≥ 32
   * @return the changed limits
   * @throws IllegalArgumentException if {@code limit} is below 32
   */
  public ReadLimits withMaxNameLength(int limit) {
    return new ReadLimits(maxDocumentLength, maxNestingDepth, maxStringLength, maxNumberLength, limit,
        maxCollectionSize, maxArraySize, maxProblems);
  }

  /**
   * Returns a copy with another top-level collection size limit. This instance is unchanged.
   *
   * @param limit the most elements in units, cycles, objectives, initiatives or links, ≥ 1
   * @return the changed limits
   * @throws IllegalArgumentException if {@code limit} is below 1
   */
  public ReadLimits withMaxCollectionSize(int limit) {
    return new ReadLimits(maxDocumentLength, maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength,
        limit, maxArraySize, maxProblems);
  }

  /**
   * Returns a copy with another nested array size limit. This instance is unchanged.
   *
   * @param limit the most elements in any other array, ≥ 1
   * @return the changed limits
   * @throws IllegalArgumentException if {@code limit} is below 1
   */
  public ReadLimits withMaxArraySize(int limit) {
    return new ReadLimits(maxDocumentLength, maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength,
        maxCollectionSize, limit, maxProblems);
  }

  /**
   * Returns a copy that stops reading after another number of problems. This instance is unchanged.
   *
   * @param limit the most problems collected, ≥ 1
   * @return the changed limits
   * @throws IllegalArgumentException if {@code limit} is below 1
   */
  public ReadLimits withMaxProblems(int limit) {
    return new ReadLimits(maxDocumentLength, maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength,
        maxCollectionSize, maxArraySize, limit);
  }

  /** Returns the Jackson stream constraints that enforce these limits while parsing. */
  StreamReadConstraints streamReadConstraints() {
    return StreamReadConstraints.builder()
        .maxDocumentLength(maxDocumentLength)
        .maxNestingDepth(maxNestingDepth)
        .maxStringLength(maxStringLength)
        .maxNumberLength(maxNumberLength)
        .maxNameLength(maxNameLength)
        .build();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ReadLimits o && maxDocumentLength == o.maxDocumentLength
        && maxNestingDepth == o.maxNestingDepth && maxStringLength == o.maxStringLength
        && maxNumberLength == o.maxNumberLength && maxNameLength == o.maxNameLength
        && maxCollectionSize == o.maxCollectionSize && maxArraySize == o.maxArraySize
        && maxProblems == o.maxProblems;
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxDocumentLength, maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength,
        maxCollectionSize, maxArraySize, maxProblems);
  }

  /**
   * Returns the limits as text, for logs.
   *
   * @return e.g. {@code ReadLimits[maxDocumentLength=2000000000, …]}
   */
  @Override
  public String toString() {
    return "ReadLimits[maxDocumentLength=" + maxDocumentLength + ", maxNestingDepth=" + maxNestingDepth
        + ", maxStringLength=" + maxStringLength + ", maxNumberLength=" + maxNumberLength
        + ", maxNameLength=" + maxNameLength + ", maxCollectionSize=" + maxCollectionSize
        + ", maxArraySize=" + maxArraySize + ", maxProblems=" + maxProblems + "]";
  }
}
