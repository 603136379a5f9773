package fr.okrsante.plan;

import java.util.Objects;
import java.util.function.LongUnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Ids mapped to non-negative {@code long} positions, in two flat arrays (open addressing, linear
 * probing): a plan finds an objective or a key result by id through one of these. A
 * {@code HashMap<String, Long>} costs about 60 bytes per entry (node, boxed value, table slot);
 * this costs 12 to 24.
 *
 * <p>Instances are filled through {@link #putIfAbsent} only by the code that created them, before
 * they are shared; after that they are never changed, and reads are thread-safe.
 */
final class IdIndex {

  /** What {@link #get} returns for an id that is not in the index. */
  public static final long ABSENT = -1;

  private final @Nullable String[] keys;
  private final long[] values;
  private final int mask;
  private int size;

  /**
   * Creates an empty index for up to {@code capacity} ids, to fill before sharing it.
   *
   * @param capacity the number of ids it will hold at most
   */
  public IdIndex(int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("capacity " + capacity + " < 0");
    }
    // At most three quarters full, so that a search ends after a few slots.
    int slots = Integer.highestOneBit(Math.max(4, capacity + capacity / 3) * 2 - 1);
    keys = new String[slots];
    values = new long[slots];
    mask = slots - 1;
  }

  private int slot(String id) {
    int h = id.hashCode() * 0x9E3779B9;
    return (h ^ (h >>> 16)) & mask;
  }

  /**
   * Maps an id to a position, unless it is already mapped.
   *
   * @param id the id
   * @param value the position, ≥ 0
   * @return the position the id already had, or {@link #ABSENT} if it is now mapped to {@code value}
   * @throws IllegalStateException if the index already holds as many ids as its capacity allows
   */
  public long putIfAbsent(String id, long value) {
    Objects.requireNonNull(id, "id");
    if (value < 0) {
      throw new IllegalArgumentException("position " + value + " < 0");
    }
    for (int s = slot(id); ; s = (s + 1) & mask) {
      String key = keys[s];
      if (key == null) {
        if (size + 1 > keys.length - keys.length / 4) {
          throw new IllegalStateException("index full: " + size + " ids");
        }
        keys[s] = id;
        values[s] = value;
        size++;
        return ABSENT;
      }
      if (key.equals(id)) {
        return values[s];
      }
    }
  }

  /**
   * Returns a copy in which every position ≥ {@code from} is moved by {@code delta}, with room for
   * {@code extra} more ids; this index is unchanged. Linear in the number of slots, without hashing
   * when the copy fits in as many slots.
   *
   * @param from the first position that moves
   * @param delta how far it moves; the moved positions stay ≥ 0
   * @param extra how many ids will be added to the copy
   * @return the copy, to fill before sharing it
   */
  public IdIndex shifted(long from, long delta, int extra) {
    if (size + extra > keys.length - keys.length / 4) {
      IdIndex copy = new IdIndex(size + extra);
      for (int s = 0; s < keys.length; s++) {
        String key = keys[s];
        if (key != null) {
          copy.putIfAbsent(key, values[s] >= from ? values[s] + delta : values[s]);
        }
      }
      return copy;
    }
    IdIndex copy = new IdIndex(keys.clone(), values.clone(), mask, size);
    long[] moved = copy.values;
    for (int s = 0; s < moved.length; s++) {
      if (moved[s] >= from && keys[s] != null) {
        moved[s] += delta;
      }
    }
    return copy;
  }

  /**
   * Returns a copy in which every position is replaced by {@code move.applyAsLong(position)}, with
   * room for {@code extra} more ids; this index is unchanged. One pass over the slots, without
   * hashing when the copy fits in as many slots.
   *
   * @param move the new position of each position; keeps positions ≥ 0
   * @param extra how many ids will be added to the copy
   * @return the copy, to fill before sharing it
   */
  IdIndex mapped(LongUnaryOperator move, int extra) {
    if (size + extra > keys.length - keys.length / 4) {
      IdIndex copy = new IdIndex(size + extra);
      for (int s = 0; s < keys.length; s++) {
        String key = keys[s];
        if (key != null) {
          copy.putIfAbsent(key, move.applyAsLong(values[s]));
        }
      }
      return copy;
    }
    long[] moved = values.clone();
    for (int s = 0; s < moved.length; s++) {
      if (keys[s] != null) {
        moved[s] = move.applyAsLong(moved[s]);
      }
    }
    return new IdIndex(keys.clone(), moved, mask, size);
  }

  private IdIndex(@Nullable String[] keys, long[] values, int mask, int size) {
    this.keys = keys;
    this.values = values;
    this.mask = mask;
    this.size = size;
  }

  /**
   * Maps an id that is already in the index to another position.
   *
   * @param id the id
   * @param value the new position, ≥ 0
   * @throws IllegalArgumentException if the id is not in the index
   */
  public void replace(String id, long value) {
    for (int s = slot(id); ; s = (s + 1) & mask) {
      String key = keys[s];
      if (key == null) {
        throw new IllegalArgumentException("not in the index: " + id);
      }
      if (key.equals(id)) {
        values[s] = value;
        return;
      }
    }
  }

  /**
   * Returns the position of an id.
   *
   * @param id the id
   * @return its position, or {@link #ABSENT}
   */
  public long get(String id) {
    for (int s = slot(id); ; s = (s + 1) & mask) {
      String key = keys[s];
      if (key == null) {
        return ABSENT;
      }
      if (key.equals(id)) {
        return values[s];
      }
    }
  }

  /**
   * Tells whether an id is in the index.
   *
   * @param id the id
   * @return true if it is
   */
  public boolean contains(String id) {
    return get(id) != ABSENT;
  }

  /**
   * Returns the number of ids.
   *
   * @return the size
   */
  public int size() {
    return size;
  }
}
