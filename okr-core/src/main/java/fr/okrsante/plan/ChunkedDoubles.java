package fr.okrsante.plan;

import static fr.okrsante.plan.BlockLayout.BLOCK;
import static fr.okrsante.plan.BlockLayout.BLOCK_SHIFT;
import static fr.okrsante.plan.BlockLayout.LEAF;
import static fr.okrsante.plan.BlockLayout.LEAF_MASK;
import static fr.okrsante.plan.BlockLayout.LEAF_SHIFT;

import java.util.Objects;

/**
 * An array of doubles in blocks of leaves, so that a copy with a few values changed shares every
 * other leaf: the evaluation keeps each objective's progress, coverage and expected progress in
 * three of these, which its rollup reads by position (as a hand-written array rollup would) instead
 * of following a reference per child, and an incremental update copies a few small leaves and
 * block tables, not the arrays.
 *
 * <p>Instances are filled through {@link #set} only by the code that created them, before they are
 * shared; after that they are never changed.
 */
final class ChunkedDoubles {

  /** Blocks of leaves: a copy shares every block and every leaf it does not write to. */
  private final double[][][] blocks;
  private final int size;

  private ChunkedDoubles(double[][][] blocks, int size) {
    this.blocks = blocks;
    this.size = size;
  }

  /**
   * Creates an array of zeros to fill with {@link #set} before sharing it.
   *
   * @param size the number of values
   * @return the new array
   */
  public static ChunkedDoubles filledLater(int size) {
    double[][][] blocks = new double[(size + BLOCK - 1) >>> BLOCK_SHIFT][][];
    for (int b = 0; b < blocks.length; b++) {
      int inBlock = Math.min(BLOCK, size - (b << BLOCK_SHIFT));
      double[][] leaves = new double[(inBlock + LEAF - 1) >>> LEAF_SHIFT][];
      for (int l = 0; l < leaves.length; l++) {
        leaves[l] = new double[Math.min(LEAF, inBlock - (l << LEAF_SHIFT))];
      }
      blocks[b] = leaves;
    }
    return new ChunkedDoubles(blocks, size);
  }

  /**
   * Returns a copy whose leaves holding the given positions are its own, to change those
   * positions with {@link #set} before sharing it; this array is unchanged. The copy allocates the
   * block table, and one block table and one leaf per block and leaf written to: a few hundred
   * bytes per position, whatever the size.
   *
   * @param positions the positions that will change
   * @param count how many of {@code positions} to use
   * @return the copy
   */
  public ChunkedDoubles copyForWrites(int[] positions, int count) {
    double[][][] table = blocks.clone();
    for (int i = 0; i < count; i++) {
      int index = Objects.checkIndex(positions[i], size);
      int b = index >>> BLOCK_SHIFT;
      if (table[b] == blocks[b]) {
        table[b] = blocks[b].clone();
      }
      int l = (index >>> LEAF_SHIFT) & LEAF_MASK;
      if (table[b][l] == blocks[b][l]) {
        table[b][l] = blocks[b][l].clone();
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
    return blocks[index >>> BLOCK_SHIFT][(index >>> LEAF_SHIFT) & LEAF_MASK][index & LEAF_MASK];
  }

  /**
   * Sets a value; only on an array being filled, at a position it owns (see {@link #copyForWrites}).
   *
   * @param index the position
   * @param value the value
   */
  public void set(int index, double value) {
    blocks[index >>> BLOCK_SHIFT][(index >>> LEAF_SHIFT) & LEAF_MASK][index & LEAF_MASK] = value;
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
