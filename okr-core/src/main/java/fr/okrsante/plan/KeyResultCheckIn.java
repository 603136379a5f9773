package fr.okrsante.plan;

import java.util.Objects;

/**
 * A check-in and the id of the key result it belongs to: one item of a batch given to
 * {@link Plan#withCheckIns(java.util.Collection)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class KeyResultCheckIn {

  private final String keyResultId;
  private final CheckIn checkIn;

  private KeyResultCheckIn(String keyResultId, CheckIn checkIn) {
    this.keyResultId = keyResultId;
    this.checkIn = checkIn;
  }

  /**
   * Obtains an instance.
   *
   * @param keyResultId the key result id
   * @param checkIn the check-in
   * @return the pair
   */
  public static KeyResultCheckIn of(String keyResultId, CheckIn checkIn) {
    return new KeyResultCheckIn(Objects.requireNonNull(keyResultId, "keyResultId"), Objects.requireNonNull(checkIn, "checkIn"));
  }

  /**
   * Returns the key result id.
   *
   * @return the id
   */
  public String getKeyResultId() {
    return keyResultId;
  }

  /**
   * Returns the check-in.
   *
   * @return the check-in
   */
  public CheckIn getCheckIn() {
    return checkIn;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof KeyResultCheckIn other && keyResultId.equals(other.keyResultId) && checkIn.equals(other.checkIn);
  }

  @Override
  public int hashCode() {
    return keyResultId.hashCode() * 31 + checkIn.hashCode();
  }

  /**
   * Returns {@code keyResultId ← CheckIn{…}}. Contains the check-in's note and author id: do not log it.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return keyResultId + " ← " + checkIn;
  }
}
