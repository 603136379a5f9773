package fr.okrsante.plan;

import java.util.Arrays;
import java.util.Objects;

/**
 * An {@link IdIndex} seen through the few structural updates made since it was filled: each update
 * is a layer that moves every older position ≥ a bound by a delta, then maps a few ids (new ones,
 * or known ones to another position). Deriving the index of an updated plan adds a layer instead
 * of copying the index: adding one objective to a national plan copies a few small arrays instead
 * of the million slots of the key-result index. After {@value #MAX_LAYERS} layers the next update
 * folds them into a new {@link IdIndex} (one pass over the slots), so a lookup checks at most that
 * many layers.
 *
 * <p>Immutable; thread-safe.
 */
final class LayeredIdIndex {

  /** How many layers an index keeps before it folds them into its base. */
  static final int MAX_LAYERS = 32;

  private static final String[] NO_IDS = new String[0];
  private static final long[] NO_VALUES = new long[0];

  private final IdIndex base;
  /** Layer j moves every position ≥ from[j] (as it stood before layer j) by delta[j]. */
  private final long[] from;
  private final long[] delta;
  /** The ids layer j maps, to positions as they stand after layer j. */
  private final String[][] ids;
  private final long[][] values;

  private LayeredIdIndex(IdIndex base, long[] from, long[] delta, String[][] ids, long[][] values) {
    this.base = base;
    this.from = from;
    this.delta = delta;
    this.ids = ids;
    this.values = values;
  }

  /**
   * Wraps a filled index, which is not changed afterwards.
   *
   * @param base the index
   * @return the index, without layers
   */
  static LayeredIdIndex of(IdIndex base) {
    return new LayeredIdIndex(base, NO_VALUES, NO_VALUES, new String[0][], new long[0][]);
  }

  /** Returns the number of layers above the base. */
  int layers() {
    return from.length;
  }

  /**
   * Returns the position of an id.
   *
   * @param id the id
   * @return its position, or {@link IdIndex#ABSENT}
   */
  long get(String id) {
    for (int j = ids.length - 1; j >= 0; j--) {
      String[] layer = ids[j];
      for (int i = layer.length - 1; i >= 0; i--) {
        if (layer[i].equals(id)) {
          return moved(values[j][i], j + 1);
        }
      }
    }
    long position = base.get(id);
    return position == IdIndex.ABSENT ? IdIndex.ABSENT : moved(position, 0);
  }

  /** Applies the moves of layers {@code first} and above to a position. */
  private long moved(long position, int first) {
    long p = position;
    for (int j = first; j < from.length; j++) {
      if (p >= from[j]) {
        p += delta[j];
      }
    }
    return p;
  }

  /**
   * Tells whether an id is in the index.
   *
   * @param id the id
   * @return true if it is
   */
  boolean contains(String id) {
    return get(id) != IdIndex.ABSENT;
  }

  /**
   * Returns this index with every position ≥ {@code bound} moved by {@code move}, then each of
   * {@code newIds} mapped to the position beside it (the last mapping of an id wins); this index is
   * unchanged.
   *
   * @param bound the first position that moves
   * @param move how far it moves, ≥ 0
   * @param newIds ids to map after the move, none null
   * @param newValues their positions, ≥ 0, after the move
   * @return the updated index
   */
  LayeredIdIndex updated(long bound, long move, String[] newIds, long[] newValues) {
    if (move < 0 || newIds.length != newValues.length) {
      throw new IllegalArgumentException("move " + move + ", " + newIds.length + " ids, " + newValues.length + " values");
    }
    for (String id : newIds) {
      Objects.requireNonNull(id, "id");
    }
    if (move == 0 && newIds.length == 0) {
      return this;
    }
    int n = from.length;
    if (n == MAX_LAYERS) {
      return folded().updated(bound, move, newIds, newValues);
    }
    long[] f = Arrays.copyOf(from, n + 1);
    long[] d = Arrays.copyOf(delta, n + 1);
    String[][] i = Arrays.copyOf(ids, n + 1);
    long[][] v = Arrays.copyOf(values, n + 1);
    f[n] = bound;
    d[n] = move;
    i[n] = newIds.length == 0 ? NO_IDS : newIds.clone();
    v[n] = newValues.length == 0 ? NO_VALUES : newValues.clone();
    return new LayeredIdIndex(base, f, d, i, v);
  }

  /** Returns the same mappings in a new base without layers. */
  LayeredIdIndex folded() {
    int extra = 0;
    for (String[] layer : ids) {
      extra += layer.length;
    }
    IdIndex copy = base.mapped(position -> moved(position, 0), extra);
    for (int j = 0; j < ids.length; j++) {
      for (int k = 0; k < ids[j].length; k++) {
        long position = moved(values[j][k], j + 1);
        if (copy.putIfAbsent(ids[j][k], position) != IdIndex.ABSENT) {
          copy.replace(ids[j][k], position);
        }
      }
    }
    return of(copy);
  }
}
