package fr.okrsante.plan;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;

/**
 * Which codes of a framework a plan's objectives cover: "which HAS criteria does no objective
 * cover?".
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FrameworkCoverage {

  private final FrameworkScheme scheme;
  private final SortedMap<String, List<String>> objectivesByCode;
  private final SortedSet<String> uncovered;

  FrameworkCoverage(FrameworkScheme scheme, SortedMap<String, List<String>> objectivesByCode,
      SortedSet<String> uncovered) {
    this.scheme = scheme;
    this.objectivesByCode = Collections.unmodifiableSortedMap(objectivesByCode);
    this.uncovered = Collections.unmodifiableSortedSet(uncovered);
  }

  /**
   * Returns the framework.
   *
   * @return the scheme
   */
  public FrameworkScheme getScheme() {
    return scheme;
  }

  /**
   * Returns, for each code referenced by at least one objective, the ids of those objectives.
   *
   * @return objective ids by code, codes sorted, ids sorted
   */
  public SortedMap<String, List<String>> getObjectivesByCode() {
    return objectivesByCode;
  }

  /**
   * Returns the codes of the given list that no objective references.
   *
   * @return the uncovered codes, sorted
   */
  public SortedSet<String> getUncovered() {
    return uncovered;
  }

  @Override
  public String toString() {
    return scheme + " covered " + objectivesByCode.keySet() + " uncovered " + uncovered;
  }
}
