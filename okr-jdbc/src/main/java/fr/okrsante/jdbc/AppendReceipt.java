package fr.okrsante.jdbc;

import java.util.List;

/**
 * What an append wrote: the plan's version after it, the numbers given to the new check-ins, and
 * the source references that were already stored (an import run again) and so were skipped.
 *
 * @param version the plan's version after the append (unchanged when nothing was new)
 * @param firstSeq the number of the first check-in appended; {@code lastSeq + 1} when none was
 * @param lastSeq the number of the last check-in appended
 * @param skippedSourceReferences the references already stored, in the order given
 */
public record AppendReceipt(long version, long firstSeq, long lastSeq, List<String> skippedSourceReferences) {

  /**
   * Copies the list.
   *
   * @param version the plan's version after the append
   * @param firstSeq the first number given
   * @param lastSeq the last number given
   * @param skippedSourceReferences the references skipped
   */
  public AppendReceipt {
    skippedSourceReferences = List.copyOf(skippedSourceReferences);
  }

  /**
   * Returns how many check-ins were appended.
   *
   * @return the count, 0 when every entry was already stored
   */
  public long appended() {
    return lastSeq - firstSeq + 1;
  }
}
