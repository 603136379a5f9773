package fr.okrsante.plan;

/**
 * A set of non-negative ints sized to what it holds, not to the largest value: an open-addressing
 * hash table that starts at 16 slots and doubles when half full. An incremental update collects
 * in it the few key results and objectives it touches in a plan of 100,000 objectives, where a
 * {@link java.util.BitSet} would allocate a bit per objective of the plan.
 *
 * <p>Not thread-safe: one per update.
 */
final class SparseIntSet {

  private static final int EMPTY = -1;

  private int[] slots = emptySlots(16);
  private int size;

  private static int[] emptySlots(int capacity) {
    int[] slots = new int[capacity];
    java.util.Arrays.fill(slots, EMPTY);
    return slots;
  }

  /**
   * Adds a value.
   *
   * @param value the value, ≥ 0
   * @return whether it was not in the set yet
   */
  boolean add(int value) {
    if (value < 0) {
      throw new IllegalArgumentException("negative value " + value);
    }
    if (2 * (size + 1) > slots.length) {
      grow();
    }
    if (!insert(slots, value)) {
      return false;
    }
    size++;
    return true;
  }

  /**
   * Tells whether the set holds a value.
   *
   * @param value the value
   * @return whether it is in the set
   */
  boolean contains(int value) {
    return slots[slotOf(slots, value)] == value;
  }

  /**
   * Returns the number of values.
   *
   * @return the size
   */
  int size() {
    return size;
  }

  private static boolean insert(int[] slots, int value) {
    int i = slotOf(slots, value);
    if (slots[i] == value) {
      return false;
    }
    slots[i] = value;
    return true;
  }

  /** The slot that holds a value, else the empty slot where it would go (linear probing). */
  private static int slotOf(int[] slots, int value) {
    int mask = slots.length - 1;
    int i = mix(value) & mask;
    while (slots[i] != value && slots[i] != EMPTY) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private void grow() {
    int[] bigger = emptySlots(slots.length * 2);
    for (int slot : slots) {
      if (slot != EMPTY) {
        insert(bigger, slot);
      }
    }
    slots = bigger;
  }

  private static int mix(int value) {
    int h = value * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
