package fr.okrsante.plan;

/**
 * The layout {@link ChunkedDoubles} and {@link ChunkedList} share: leaves of 32 elements, blocks
 * of 32 leaves (1,024 elements), so that a copy with a few positions changed copies one leaf, its
 * block's table of leaves and the table of blocks.
 */
final class BlockLayout {

  /** 32 elements per leaf. */
  static final int LEAF_SHIFT = 5;
  static final int LEAF = 1 << LEAF_SHIFT;
  static final int LEAF_MASK = LEAF - 1;
  /** 32 leaves (1,024 elements) per block. */
  static final int BLOCK_SHIFT = 2 * LEAF_SHIFT;
  static final int BLOCK = 1 << BLOCK_SHIFT;

  private BlockLayout() {}
}
