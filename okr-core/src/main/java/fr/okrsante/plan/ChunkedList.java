package fr.okrsante.plan;

import static fr.okrsante.plan.BlockLayout.BLOCK;
import static fr.okrsante.plan.BlockLayout.BLOCK_SHIFT;
import static fr.okrsante.plan.BlockLayout.LEAF;
import static fr.okrsante.plan.BlockLayout.LEAF_MASK;
import static fr.okrsante.plan.BlockLayout.LEAF_SHIFT;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An immutable list in blocks of leaves (32 leaves of 32 elements), whose {@link #with(int, Object)}
 * copies one 32-element leaf, its block's table of 32 leaves and the table of blocks, not the whole
 * list: replacing one objective of a 120,000-objective plan copies about 180 references instead of
 * 120,000.
 *
 * @param <T> the element type
 */
final class ChunkedList<T> extends AbstractList<T> implements RandomAccess {

  private final Object[][][] blocks;
  private final int size;

  private ChunkedList(Object[][][] blocks, int size) {
    this.blocks = blocks;
    this.size = size;
  }

  /**
   * Copies a list.
   *
   * @param items the elements, none null
   * @param <T> the element type
   * @return the chunked copy
   */
  public static <T> ChunkedList<T> copyOf(List<? extends T> items) {
    int size = items.size();
    Object[][][] blocks = new Object[(size + BLOCK - 1) >>> BLOCK_SHIFT][][];
    for (int b = 0; b < blocks.length; b++) {
      blocks[b] = block(b, size, i -> Objects.requireNonNull(items.get(i), "element"));
    }
    return new ChunkedList<>(blocks, size);
  }

  /** Reads element {@code i} of the list being built. */
  private interface Source {
    Object at(int i);
  }

  /** Builds block {@code b} of a list of {@code size} elements. */
  private static Object[][] block(int b, int size, Source source) {
    int from = b << BLOCK_SHIFT;
    int inBlock = Math.min(BLOCK, size - from);
    Object[][] leaves = new Object[(inBlock + LEAF - 1) >>> LEAF_SHIFT][];
    for (int l = 0; l < leaves.length; l++) {
      int start = from + (l << LEAF_SHIFT);
      Object[] leaf = new Object[Math.min(LEAF, size - start)];
      for (int i = 0; i < leaf.length; i++) {
        leaf[i] = source.at(start + i);
      }
      leaves[l] = leaf;
    }
    return leaves;
  }

  @Override
  @SuppressWarnings("unchecked")
  public T get(int index) {
    Objects.checkIndex(index, size);
    return (T) blocks[index >>> BLOCK_SHIFT][(index >>> LEAF_SHIFT) & LEAF_MASK][index & LEAF_MASK];
  }

  @Override
  public int size() {
    return size;
  }

  /**
   * Returns a copy with several elements replaced, copying the table of blocks once.
   *
   * @param indexes the positions
   * @param elements the new elements, in the same order
   * @param count how many of {@code indexes} to use
   * @return the new list
   */
  public ChunkedList<T> withAll(int[] indexes, Object[] elements, int count) {
    Object[][][] table = blocks.clone();
    for (int i = 0; i < count; i++) {
      int index = Objects.checkIndex(indexes[i], size);
      int b = index >>> BLOCK_SHIFT;
      if (table[b] == blocks[b]) {
        table[b] = blocks[b].clone();
      }
      int l = (index >>> LEAF_SHIFT) & LEAF_MASK;
      if (table[b][l] == blocks[b][l]) {
        table[b][l] = blocks[b][l].clone();
      }
      table[b][l][index & LEAF_MASK] = Objects.requireNonNull(elements[i], "element");
    }
    return new ChunkedList<>(table, size);
  }

  /**
   * Returns a copy with the element at {@code index} replaced; this list is unchanged.
   *
   * @param index the position
   * @param element the new element
   * @return the new list
   */
  public ChunkedList<T> with(int index, T element) {
    return withAll(new int[] {index}, new Object[] {element}, 1);
  }

  /**
   * Returns a copy with {@code element} inserted at {@code index} (elements from there move up by
   * one); this list is unchanged. The blocks before the index's are shared, the others rebuilt.
   *
   * @param index the position of the new element, 0 … size
   * @param element the new element
   * @return the new list
   */
  public ChunkedList<T> withInserted(int index, T element) {
    Objects.checkIndex(index, size + 1);
    Objects.requireNonNull(element, "element");
    int newSize = size + 1;
    Object[][][] table = new Object[(newSize + BLOCK - 1) >>> BLOCK_SHIFT][][];
    int first = index >>> BLOCK_SHIFT;
    System.arraycopy(blocks, 0, table, 0, first);
    Source shifted = i -> i < index ? get(i) : i == index ? element : get(i - 1);
    for (int b = first; b < table.length; b++) {
      table[b] = block(b, newSize, shifted);
    }
    return new ChunkedList<>(table, newSize);
  }
}
