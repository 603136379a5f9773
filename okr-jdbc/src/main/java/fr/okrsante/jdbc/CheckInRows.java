package fr.okrsante.jdbc;

import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.CheckInSource;
import fr.okrsante.plan.CheckInStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How a check-in becomes a row and back, and what its hash covers. */
final class CheckInRows {

  static final String CHECK_IN_KIND = "C";
  static final String REVISION_KIND = "R";
  /** Personal data of a suppression of a revision: row_no = revision × {@link #SUPPRESSIONS_PER_REVISION} + index. */
  static final String SUPPRESSION_KIND = "S";
  /** The most suppressions a revision's numbering of personal rows leaves room for. */
  static final long SUPPRESSIONS_PER_REVISION = 1_000_000L;

  private CheckInRows() {}

  /** The source reference a check-in carries: the unique column of its row. */
  static @Nullable String sourceReferenceOf(CheckIn checkIn) {
    return checkIn.getSourceRef().orElse(null);
  }

  static String name(CheckInStatus status) {
    return status.name().toLowerCase(Locale.ROOT);
  }

  static String name(CheckInSource source) {
    return source.name().toLowerCase(Locale.ROOT);
  }

  static CheckInStatus status(String name) {
    return CheckInStatus.valueOf(name.toUpperCase(Locale.ROOT));
  }

  static CheckInSource source(String name) {
    return CheckInSource.valueOf(name.toUpperCase(Locale.ROOT));
  }

  static @Nullable Double confidence(CheckIn checkIn) {
    return checkIn.getConfidence().isPresent() ? checkIn.getConfidence().getAsDouble() : null;
  }

  static @Nullable String note(CheckIn checkIn) {
    return checkIn.getNote().isEmpty() ? null : checkIn.getNote();
  }

  static boolean hasPersonalData(CheckIn checkIn) {
    return checkIn.getAuthorId().isPresent() || !checkIn.getNote().isEmpty();
  }

  /** The digest of a row's personal data, salted so that it cannot be linked to a person once the data are erased. */
  static byte[] personalDigest(byte[] salt, @Nullable String authorId, @Nullable String note) {
    return ChainHash.of("okr-personal/1").add(salt).add(authorId).add(note).finish();
  }

  /** The content of a check-in row as the hash covers it (everything but the hash). */
  record Content(String planId, long seq, long version, String keyResultId, LocalDate observedOn, String recordedAt,
      BigDecimal value, @Nullable BigDecimal numerator, @Nullable BigDecimal denominator, @Nullable Double confidence,
      String status, String source, @Nullable String sourceReference, Instant storedAt,
      byte @Nullable [] personalDigest) {

    byte[] hash(byte[] previous) {
      return ChainHash.of("okr-check-in/1")
          .add(planId).add(seq).add(version).add(keyResultId).add(observedOn.toString()).add(recordedAt)
          .add(value).add(numerator).add(denominator).add(confidence == null ? null : Double.toString(confidence))
          .add(status).add(source).add(sourceReference).add(Columns.micros(storedAt)).add(personalDigest)
          .add(previous)
          .finish();
    }

    CheckIn toCheckIn(@Nullable String authorId, @Nullable String note) {
      CheckIn.Builder b = CheckIn.builder()
          .value(value)
          .observedOn(observedOn)
          .recordedAt(Columns.parseInstant(recordedAt))
          .status(CheckInRows.status(status))
          .source(CheckInRows.source(source));
      if (numerator != null) {
        b.numerator(numerator);
      }
      if (denominator != null) {
        b.denominator(denominator);
      }
      if (confidence != null) {
        b.confidence(confidence);
      }
      if (authorId != null) {
        b.authorId(authorId);
      }
      if (note != null) {
        b.note(note);
      }
      if (sourceReference != null) {
        b.sourceRef(sourceReference);
      }
      return b.build();
    }
  }

  /** The content of a revision row as the hash covers it. */
  static byte[] revisionHash(String planId, long revision, long version, Instant storedAt, String document,
      byte @Nullable [] personalDigest, byte[] previous) {
    return ChainHash.of("okr-revision/1")
        .add(planId).add(revision).add(version).add(Columns.micros(storedAt)).add(document).add(personalDigest)
        .add(previous)
        .finish();
  }
}
