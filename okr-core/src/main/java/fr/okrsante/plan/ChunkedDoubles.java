package fr.okrsante.plan;

import java.util.Objects;

/**
 * An array of doubles in chunks, so that a copy with a few values changed shares every other
 * chunk: the evaluation keeps each objective's progress, coverage and expected progress in three
 * of these, which its rollup reads by position (as a hand-written array rollup would) instead of
 * following a reference per child, and an incremental update copies a few chunks, not the arrays.
 *
 * <p>Instances are filled through {@link #set} only by the code that created them, before they are
 * shared; after that they are never changed.
 */
final class ChunkedDoubles {

  private static final int SHIFT = 7;
  private static final int CHUNK = 1 << SHIFT;
  private static final int MASK = CHUNK - 1;

  private final double[][] chunks;
  private final int size;

  private ChunkedDoubles(double[][] chunks, int size) {
    this.chunks = chunks;
    this.size = size;
  }

  /**
   * Creates an array of zeros to fill with {@link #set} before sharing it.
   *
   * @param size the number of values
   * @return the new array
   */
  public static ChunkedDoubles filledLater(int size) {
    double[][] chunks = new double[(size + CHUNK - 1) >>> SHIFT][];
    for (int c = 0; c < chunks.length; c++) {
      chunks[c] = new double[Math.min(CHUNK, size - (c << SHIFT))];
    }
    return new ChunkedDoubles(chunks, size);
  }

  /**
   * Returns a copy whose chunks holding the given positions are its own, to change those
   * positions with {@link #set} before sharing it; this array is unchanged.
   *
   * @param positions the positions that will change
   * @param count how many of {@code positions} to use
   * @return the copy
   */
  public ChunkedDoubles copyForWrites(int[] positions, int count) {
    double[][] table = chunks.clone();
    for (int i = 0; i < count; i++) {
      int c = Objects.checkIndex(positions[i], size) >>> SHIFT;
      if (table[c] == chunks[c]) {
        table[c] = chunks[c].clone();
      }
    }
    return new ChunkedDoubles(table, size);
  }

  /**
   * Returns a value.
   *
   * @param index the position
   * @return the value
   */
  public double get(int index) {
    return chunks[index >>> SHIFT][index & MASK];
  }

  /**
   * Sets a value; only on an array being filled, at a position it owns (see {@link #copyForWrites}).
   *
   * @param index the position
   * @param value the value
   */
  public void set(int index, double value) {
    chunks[index >>> SHIFT][index & MASK] = value;
  }

  /**
   * Returns the number of values.
   *
   * @return the size
   */
  public int size() {
    return size;
  }
}
