package fr.okrsante.jdbc;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of {@link JdbcPlanStore#verify(String)}: what was checked and the first row of each
 * chain that is not as the store wrote it.
 *
 * <p>A clean result proves the history is internally consistent: no row of it was altered,
 * removed or inserted by hand since it was written, unless the whole chain after that row was
 * recomputed — which only someone who also rewrites the plan row's head can do. To rule that out,
 * write down {@link #checkInHead()} and {@link #revisionHead()} (an audit report, a signed
 * e-mail) and compare them later: a later head must still find the earlier one in its chain.
 *
 * @param planId the plan checked
 * @param version the plan's version
 * @param revisions the number of revisions checked
 * @param checkIns the number of check-ins checked
 * @param erasedPersonalData how many rows had their personal data erased on request (not a problem)
 * @param revisionHead the hash of the last revision, hexadecimal
 * @param checkInHead the hash of the last check-in, hexadecimal (64 zeros when there is none)
 * @param problems the first problem of each chain (revisions, check-ins, personal data), in that order
 */
public record Verification(String planId, long version, long revisions, long checkIns, long erasedPersonalData,
    String revisionHead, String checkInHead, List<Finding> problems) {

  /**
   * Copies the list.
   *
   * @param planId the plan checked
   * @param version the plan's version
   * @param revisions revisions checked
   * @param checkIns check-ins checked
   * @param erasedPersonalData rows with erased personal data
   * @param revisionHead the last revision's hash
   * @param checkInHead the last check-in's hash
   * @param problems the problems found
   */
  public Verification {
    Objects.requireNonNull(planId, "planId");
    problems = List.copyOf(problems);
  }

  /**
   * Tells whether the history is as the store wrote it.
   *
   * @return true if no problem was found
   */
  public boolean isClean() {
    return problems.isEmpty();
  }

  /**
   * Returns the first problem found.
   *
   * @return the first problem, empty if the history is clean
   */
  public Optional<Finding> firstProblem() {
    return problems.stream().findFirst();
  }

  /** What happened to a row. */
  public enum Tampering {
    /** Its content no longer matches its hash. */
    ALTERED,
    /** It is missing: the numbering has a hole, or stops before the plan's head. */
    REMOVED,
    /** It is there but the store never wrote it: beyond the plan's head, or personal data with no digest. */
    INSERTED
  }

  /** The chains a store keeps per plan. */
  public enum Chain {
    /** The revisions of the plan's structure. */
    REVISION,
    /** The check-ins. */
    CHECK_IN,
    /** The personal data of revisions and check-ins, each checked against the digest its row holds. */
    PERSONAL_DATA
  }

  /**
   * A row that is not as the store wrote it.
   *
   * @param chain the chain it belongs to
   * @param number its number: the revision, or the check-in's seq (for personal data, the row it belongs to)
   * @param tampering what happened to it
   * @param message one line that says so, for the audit report
   */
  public record Finding(Chain chain, long number, Tampering tampering, String message) {

    /**
     * Checks the components.
     *
     * @param chain the chain
     * @param number the row number
     * @param tampering what happened
     * @param message the line for the report
     */
    public Finding {
      Objects.requireNonNull(chain, "chain");
      Objects.requireNonNull(tampering, "tampering");
      Objects.requireNonNull(message, "message");
    }

    /**
     * Returns the message.
     *
     * @return the line for the audit report
     */
    @Override
    public String toString() {
      return message;
    }
  }
}
