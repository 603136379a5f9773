package fr.okrsante.plan;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An immutable list whose {@link #with(int, Object)} copies one chunk and the chunk table, not the
 * whole list: replacing one objective of a 120,000-objective plan copies about 1,100 references
 * instead of 120,000.
 *
 * @param <T> the element type
 */
final class ChunkedList<T> extends AbstractList<T> implements RandomAccess {

  private static final int SHIFT = 7;
  private static final int CHUNK = 1 << SHIFT;
  private static final int MASK = CHUNK - 1;

  private final Object[][] chunks;
  private final int size;

  private ChunkedList(Object[][] chunks, int size) {
    this.chunks = chunks;
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
    Object[][] chunks = new Object[(size + CHUNK - 1) >>> SHIFT][];
    for (int c = 0; c < chunks.length; c++) {
      int from = c << SHIFT;
      int to = Math.min(size, from + CHUNK);
      Object[] chunk = new Object[to - from];
      for (int i = from; i < to; i++) {
        chunk[i - from] = Objects.requireNonNull(items.get(i), "element");
      }
      chunks[c] = chunk;
    }
    return new ChunkedList<>(chunks, size);
  }

  @Override
  @SuppressWarnings("unchecked")
  public T get(int index) {
    Objects.checkIndex(index, size);
    return (T) chunks[index >>> SHIFT][index & MASK];
  }

  @Override
  public int size() {
    return size;
  }

  /**
   * Returns a copy with several elements replaced, copying the chunk table once.
   *
   * @param indexes the positions
   * @param elements the new elements, in the same order
   * @param count how many of {@code indexes} to use
   * @return the new list
   */
  public ChunkedList<T> withAll(int[] indexes, Object[] elements, int count) {
    Object[][] table = chunks.clone();
    for (int i = 0; i < count; i++) {
      int index = indexes[i];
      Objects.checkIndex(index, size);
      int c = index >>> SHIFT;
      if (table[c] == chunks[c]) {
        table[c] = chunks[c].clone();
      }
      table[c][index & MASK] = Objects.requireNonNull(elements[i], "element");
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
    Objects.checkIndex(index, size);
    Object[][] table = chunks.clone();
    Object[] chunk = table[index >>> SHIFT].clone();
    chunk[index & MASK] = Objects.requireNonNull(element, "element");
    table[index >>> SHIFT] = chunk;
    return new ChunkedList<>(table, size);
  }

  /**
   * Returns a copy with {@code element} inserted at {@code index} (elements from there move up by
   * one); this list is unchanged. The chunks before the index are shared, the others are filled by
   * array copies.
   *
   * @param index the position of the new element, 0 … size
   * @param element the new element
   * @return the new list
   */
  public ChunkedList<T> withInserted(int index, T element) {
    Objects.checkIndex(index, size + 1);
    Objects.requireNonNull(element, "element");
    int newSize = size + 1;
    Object[][] table = new Object[(newSize + CHUNK - 1) >>> SHIFT][];
    int first = index >>> SHIFT;
    System.arraycopy(chunks, 0, table, 0, first);
    for (int c = first; c < table.length; c++) {
      int from = c << SHIFT;
      int to = Math.min(newSize, from + CHUNK);
      Object[] chunk = new Object[to - from];
      for (int i = from; i < to; ) {
        if (i == index) {
          chunk[i - from] = element;
          i++;
          continue;
        }
        // Copy a run of old elements that does not cross the index or an old chunk's end.
        int old = i < index ? i : i - 1;
        int end = i < index ? Math.min(to, index) : to;
        int run = Math.min(end - i, CHUNK - (old & MASK));
        System.arraycopy(chunks[old >>> SHIFT], old & MASK, chunk, i - from, run);
        i += run;
      }
      table[c] = chunk;
    }
    return new ChunkedList<>(table, newSize);
  }
}
