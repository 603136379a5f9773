package fr.okrsante.jdbc;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * SHA-256 over a row's fields, each written as its length and its UTF-8 bytes (absent: length
 * -1), so that no two different rows give the same input. Not thread-safe: one per use.
 */
final class ChainHash {

  /** The hash before the first row of a chain. */
  static final byte[] GENESIS = new byte[32];

  private static final HexFormat HEX = HexFormat.of();

  private final MessageDigest digest;

  private ChainHash(String kind) {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
    add(kind);
  }

  /** Starts a hash of one row of a kind ({@code okr-check-in/1}, {@code okr-revision/1}, {@code okr-personal/1}). */
  static ChainHash of(String kind) {
    return new ChainHash(kind);
  }

  ChainHash add(@Nullable String field) {
    if (field == null) {
      lengthOf(-1);
    } else {
      byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
      lengthOf(bytes.length);
      digest.update(bytes);
    }
    return this;
  }

  ChainHash add(long number) {
    return add(Long.toString(number));
  }

  ChainHash add(@Nullable BigDecimal number) {
    // toString keeps the scale: 0.10 and 0.1 hash differently, as they are different values here
    return add(number == null ? null : number.toString());
  }

  ChainHash add(byte @Nullable [] bytes) {
    if (bytes == null) {
      lengthOf(-1);
    } else {
      lengthOf(bytes.length);
      digest.update(bytes);
    }
    return this;
  }

  private void lengthOf(int length) {
    digest.update((byte) (length >>> 24));
    digest.update((byte) (length >>> 16));
    digest.update((byte) (length >>> 8));
    digest.update((byte) length);
  }

  byte[] finish() {
    return digest.digest();
  }

  static String hex(byte[] hash) {
    return HEX.formatHex(hash);
  }
}
