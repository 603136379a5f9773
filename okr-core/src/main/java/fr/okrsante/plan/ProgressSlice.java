package fr.okrsante.plan;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An objective's key-result progress as a read-only window on the array a full evaluation fills
 * for every key result of the plan: one small object per objective instead of a copy of its range
 * wrapped twice. The array is never written once the evaluation has filled it.
 */
final class ProgressSlice extends AbstractList<KeyResultProgress> implements RandomAccess {

  private final KeyResultProgress[] all;
  private final int from;
  private final int size;

  ProgressSlice(KeyResultProgress[] all, int from, int to) {
    Objects.checkFromToIndex(from, to, all.length);
    this.all = all;
    this.from = from;
    this.size = to - from;
  }

  @Override
  public KeyResultProgress get(int index) {
    return all[from + Objects.checkIndex(index, size)];
  }

  @Override
  public int size() {
    return size;
  }
}
