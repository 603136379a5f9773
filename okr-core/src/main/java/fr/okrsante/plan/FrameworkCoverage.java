package fr.okrsante.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

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

  /** Works out a framework's coverage by the objectives of a plan. */
  static FrameworkCoverage of(List<Objective> objectives, FrameworkScheme scheme, Collection<String> codes) {
    TreeMap<String, List<String>> byCode = new TreeMap<>();
    for (Objective objective : objectives) {
      for (FrameworkRef ref : objective.getFrameworkRefs()) {
        if (ref.getScheme() == scheme) {
          List<String> ids = byCode.computeIfAbsent(ref.getCode(), c -> new ArrayList<>());
          if (ids.isEmpty() || !ids.get(ids.size() - 1).equals(objective.getId())) {
            ids.add(objective.getId());
          }
        }
      }
    }
    byCode.replaceAll((code, ids) -> List.copyOf(ids));
    TreeSet<String> uncovered = new TreeSet<>();
    for (String code : codes) {
      if (!byCode.containsKey(code)) {
        uncovered.add(code);
      }
    }
    return new FrameworkCoverage(scheme, byCode, uncovered);
  }

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
