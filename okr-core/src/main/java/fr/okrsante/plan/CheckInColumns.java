package fr.okrsante.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * The check-ins of one key result, kept in columns: an immutable {@code List<CheckIn>} that builds
 * each {@link CheckIn} when it is read.
 *
 * <p>Two parallel {@code long} arrays hold what almost every check-in has:
 * <ul>
 *   <li>{@code numbers}: the value's unscaled digits, or for a rate whose value is
 *       {@code 100 × numerator / denominator} at the value's scale, the numerator (high 32 bits)
 *       and the denominator (low 32 bits), the value being computed when read;</li>
 *   <li>{@code facts}: the observation day, the value's scale (0 to 6), status, source, the
 *       recording instant in seconds from the start of the observation day (±97 days), the
 *       confidence in hundredths, and the author as a slot in the list's small table of author
 *       ids (63 at most).</li>
 * </ul>
 * A side table, sorted by position, holds the rare rest: a check-in's note (the text alone when
 * nothing else is rare), or the whole {@link CheckIn} when one of its attributes does not fit the
 * columns (a source reference, a value of more than 18 digits or another scale, a recording
 * instant with fractions of a second or far from the observation day, a confidence finer than
 * hundredths, a 64th author id, a day before 1611 or after 2328).
 *
 * <p>Appending shares the arrays: a list made by {@link #with(CheckIn)} writes into spare room at
 * the end of the arrays of the list it comes from, claimed once (so an older list and its
 * successors read the same arrays, each up to its own size), and copies them into arrays half as
 * large again only when they are full or the room was already claimed by another append to the
 * same list: amortised constant time per check-in. A list built at once ({@link #copyOf}) or
 * appended to by a batch ({@link #withAll}) has arrays of its exact size.
 *
 * <p>Immutable and thread-safe: a slot is written once, by the append that claimed it, before the
 * list that contains it is created; older lists never read it.
 */
final class CheckInColumns extends AbstractList<CheckIn> implements RandomAccess {

  /** The list without check-ins. */
  static final CheckInColumns EMPTY = new CheckInColumns(new long[0], new long[0], 0, new String[0], new int[0],
      new Object[0], 0, null);

  private static final long[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};
  /** 10^0 to 10^18. */
  private static final long[] TENS = new long[19];

  static {
    TENS[0] = 1;
    for (int i = 1; i < TENS.length; i++) {
      TENS[i] = TENS[i - 1] * 10;
    }
  }
  private static final CheckInStatus[] STATUSES = CheckInStatus.values();
  private static final CheckInSource[] SOURCES = CheckInSource.values();

  // The layout of a facts word, low bits first.
  private static final int DAY_BITS = 18;
  private static final long DAY_MASK = (1L << DAY_BITS) - 1;
  private static final int DAY_OFFSET = 1 << (DAY_BITS - 1);
  private static final int SCALE_SHIFT = 18;
  private static final int MAX_SCALE = 6;
  private static final long PROVISIONAL = 1L << 21;
  private static final int SOURCE_SHIFT = 22;
  private static final long RATE = 1L << 24;
  private static final long NOTE = 1L << 25;
  private static final long WHOLE = 1L << 26;
  private static final int RECORDED_SHIFT = 27;
  private static final int RECORDED_BITS = 24;
  private static final long MAX_OFFSET = (1L << (RECORDED_BITS - 1)) - 1;
  private static final int CONFIDENCE_SHIFT = 51;
  private static final int NO_CONFIDENCE = 101;
  private static final int AUTHOR_SHIFT = 58;
  private static final int MAX_AUTHORS = 63;

  private final long[] numbers;
  private final long[] facts;
  private final int size;
  /** The author ids, each once, slot k naming {@code authors[k - 1]}; unused room is null. */
  private final String[] authors;
  /** Positions having a side entry, increasing. */
  private final int[] sidePositions;
  /** The note ({@link String}) or the whole check-in ({@link CheckIn}) of each side position. */
  private final @Nullable Object[] sideEntries;
  /** How many side entries belong to this list (later ones may belong to a list appended to it). */
  private final int sideCount;
  /** How many slots of the arrays are claimed, shared by the lists on the same arrays; null when they have no room. */
  private final @Nullable AtomicInteger claimed;

  private CheckInColumns(long[] numbers, long[] facts, int size, String[] authors, int[] sidePositions,
      @Nullable Object[] sideEntries, int sideCount, @Nullable AtomicInteger claimed) {
    this.numbers = numbers;
    this.facts = facts;
    this.size = size;
    this.authors = authors;
    this.sidePositions = sidePositions;
    this.sideEntries = sideEntries;
    this.sideCount = sideCount;
    this.claimed = claimed;
  }

  /**
   * Returns a list of the given check-ins, in columns of their exact size.
   *
   * @param checkIns the check-ins, none null
   * @return the list; this very list when {@code checkIns} is already one
   */
  static CheckInColumns copyOf(Iterable<? extends CheckIn> checkIns) {
    if (checkIns instanceof CheckInColumns columns) {
      return columns;
    }
    Writer writer = new Writer(checkIns instanceof java.util.Collection<?> c ? c.size() : 8);
    for (CheckIn checkIn : checkIns) {
      writer.add(Objects.requireNonNull(checkIn, "checkIns element"));
    }
    return writer.trimmed();
  }

  /**
   * Returns this list with one more check-in at the end; this list is unchanged.
   *
   * @param checkIn the check-in
   * @return the new list
   */
  CheckInColumns with(CheckIn checkIn) {
    Objects.requireNonNull(checkIn, "checkIn");
    if (claimed != null && size < numbers.length && claimed.compareAndSet(size, size + 1)) {
      // This list is the latest on its arrays: write into the room after it.
      Writer writer = new Writer(this);
      writer.add(checkIn);
      return writer.sharing(claimed);
    }
    Writer writer = new Writer(this, Math.max(4, size + (size >> 1) + 1));
    writer.add(checkIn);
    return writer.sharing(new AtomicInteger(size + 1));
  }

  /**
   * Returns this list with check-ins appended at once, in new columns of the exact size; this list
   * is unchanged. Equal to appending them one by one with {@link #with(CheckIn)}, but the columns
   * are copied once for the whole batch (an import's rows of one key result), not grown per
   * check-in. Like a list built by {@link #copyOf}, the result has no room: its first single append
   * copies it.
   *
   * @param checkIns the check-ins to append, in order, none null
   * @return the new list; this very list when {@code checkIns} is empty
   */
  CheckInColumns withAll(Collection<? extends CheckIn> checkIns) {
    if (checkIns.isEmpty()) {
      return this;
    }
    Writer writer = new Writer(this, Math.addExact(size, checkIns.size()));
    for (CheckIn checkIn : checkIns) {
      writer.add(Objects.requireNonNull(checkIn, "checkIns element"));
    }
    return writer.trimmed();
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public CheckIn get(int index) {
    Objects.checkIndex(index, size);
    long f = facts[index];
    if ((f & WHOLE) != 0) {
      return (CheckIn) Objects.requireNonNull(side(index));
    }
    CheckIn.Builder b = CheckIn.builder()
        .observedOn(observedOn(f))
        .recordedAt(Instant.ofEpochSecond(epochDay(f) * 86_400L + recordedOffset(f)))
        .status(statusOf(f))
        .source(SOURCES[(int) (f >>> SOURCE_SHIFT) & 0x3]);
    long n = numbers[index];
    if ((f & RATE) != 0) {
      b.numerator(BigDecimal.valueOf(n >>> 32)).denominator(BigDecimal.valueOf(n & 0xFFFF_FFFFL));
    }
    b.value(valueOf(f, n));
    int confidence = (int) (f >>> CONFIDENCE_SHIFT) & 0x7F;
    if (confidence != NO_CONFIDENCE) {
      b.confidence(confidence / 100.0);
    }
    int author = (int) (f >>> AUTHOR_SHIFT);
    if (author != 0) {
      b.authorId(authors[author - 1]);
    }
    if ((f & NOTE) != 0) {
      b.note((String) Objects.requireNonNull(side(index)));
    }
    return b.buildReadBack();
  }

  // ---------------------------------------------------------------- column reads, for the engine and validation

  /**
   * Returns the observation day of a check-in, without building it.
   *
   * @param index the position
   * @return the day as an epoch day
   */
  long observedEpochDay(int index) {
    long f = facts[Objects.checkIndex(index, size)];
    return (f & WHOLE) != 0 ? whole(index).getObservedOn().toEpochDay() : epochDay(f);
  }

  /**
   * Tells whether a check-in is final, without building it.
   *
   * @param index the position
   * @return true if final
   */
  boolean isFinal(int index) {
    long f = facts[Objects.checkIndex(index, size)];
    return (f & WHOLE) != 0 ? whole(index).isFinal() : (f & PROVISIONAL) == 0;
  }

  /**
   * Tells whether a check-in is a rate, without building it.
   *
   * @param index the position
   * @return true if it has a numerator and a denominator
   */
  boolean isRate(int index) {
    long f = facts[Objects.checkIndex(index, size)];
    return (f & WHOLE) != 0 ? whole(index).isRate() : (f & RATE) != 0;
  }

  /**
   * Returns a check-in's value, without building the check-in.
   *
   * @param index the position
   * @return the value
   */
  BigDecimal value(int index) {
    long f = facts[Objects.checkIndex(index, size)];
    return (f & WHOLE) != 0 ? whole(index).getValue() : valueOf(f, numbers[index]);
  }

  /**
   * Returns when a check-in was recorded, without building it.
   *
   * @param index the position
   * @return the recording instant
   */
  Instant recordedAt(int index) {
    long f = facts[Objects.checkIndex(index, size)];
    return (f & WHOLE) != 0 ? whole(index).getRecordedAt()
        : Instant.ofEpochSecond(epochDay(f) * 86_400L + recordedOffset(f));
  }

  /**
   * Returns the observation date of a check-in, without building it.
   *
   * @param index the position
   * @return the date
   */
  LocalDate observedOn(int index) {
    long f = facts[Objects.checkIndex(index, size)];
    return (f & WHOLE) != 0 ? whole(index).getObservedOn() : observedOn(f);
  }

  /**
   * Tells whether a check-in was recorded after an instant, without building it.
   *
   * @param index the position
   * @param instant the instant
   * @return true if recorded strictly after {@code instant}
   */
  boolean recordedAfter(int index, Instant instant) {
    long f = facts[Objects.checkIndex(index, size)];
    if ((f & WHOLE) != 0) {
      return whole(index).getRecordedAt().isAfter(instant);
    }
    // A packed recording instant has no fraction of a second.
    return epochDay(f) * 86_400L + recordedOffset(f) > instant.getEpochSecond();
  }

  /**
   * Returns a rate check-in's numerator, without building the check-in.
   *
   * @param index the position of a rate
   * @return the numerator
   */
  BigDecimal numerator(int index) {
    long f = facts[Objects.checkIndex(index, size)];
    return (f & WHOLE) != 0 ? whole(index).getNumerator().orElseThrow() : BigDecimal.valueOf(numbers[index] >>> 32);
  }

  /**
   * Returns a rate check-in's denominator, without building the check-in.
   *
   * @param index the position of a rate
   * @return the denominator
   */
  BigDecimal denominator(int index) {
    long f = facts[Objects.checkIndex(index, size)];
    return (f & WHOLE) != 0 ? whole(index).getDenominator().orElseThrow()
        : BigDecimal.valueOf(numbers[index] & 0xFFFF_FFFFL);
  }

  /**
   * Compares a check-in's value with the number {@code unscaled × 10^-scale}, as
   * {@link BigDecimal#compareTo} would, without building the value when it is in the columns.
   *
   * @param index the position
   * @param unscaled the number's unscaled digits
   * @param scale the number's scale
   * @return negative, zero or positive as the value is below, equal to or above the number
   */
  int compareValue(int index, long unscaled, int scale) {
    long f = facts[Objects.checkIndex(index, size)];
    if ((f & WHOLE) == 0) {
      int own = (int) (f >>> SCALE_SHIFT) & 0x7;
      long n = (f & RATE) != 0 ? percentUnscaled(numbers[index] >>> 32, numbers[index] & 0xFFFF_FFFFL, own)
          : numbers[index];
      if (own == scale) {
        return Long.compare(n, unscaled);
      }
      if (own < scale && scale - own < TENS.length) {
        long p = TENS[scale - own];
        long low = n * p;
        if (Math.multiplyHigh(n, p) == low >> 63) {
          return Long.compare(low, unscaled);
        }
      } else if (own > scale && own - scale < TENS.length) {
        long p = TENS[own - scale];
        long low = unscaled * p;
        if (Math.multiplyHigh(unscaled, p) == low >> 63) {
          return Long.compare(n, low);
        }
      }
    }
    return value(index).compareTo(BigDecimal.valueOf(unscaled, scale));
  }

  /**
   * Compares two check-ins as {@code KeyResultMath}'s orders do, without building them when they
   * are in the columns: observation day, then (if {@code byFinal}) final after provisional, then
   * recording instant, value and note.
   *
   * @param i the position of one check-in
   * @param j the position of the other
   * @param byFinal whether the status is compared after the day
   * @return negative, zero or positive as check-in {@code i} sorts before, with or after {@code j}
   */
  int compareForEffect(int i, int j, boolean byFinal) {
    long fi = facts[Objects.checkIndex(i, size)];
    long fj = facts[Objects.checkIndex(j, size)];
    if (((fi | fj) & WHOLE) != 0) {
      return byFinal ? KeyResultMath.IN_EFFECT_LAST.compare(get(i), get(j))
          : KeyResultMath.FIRST_FINAL_FIRST.compare(get(i), get(j));
    }
    int c = Long.compare(epochDay(fi), epochDay(fj));
    if (c == 0 && byFinal) {
      c = Boolean.compare((fi & PROVISIONAL) == 0, (fj & PROVISIONAL) == 0);
    }
    if (c == 0) {
      // Packed recording instants have no fraction of a second.
      c = Long.compare(epochDay(fi) * 86_400L + recordedOffset(fi), epochDay(fj) * 86_400L + recordedOffset(fj));
    }
    if (c == 0) {
      int scale = (int) (fj >>> SCALE_SHIFT) & 0x7;
      long n = (fj & RATE) != 0 ? percentUnscaled(numbers[j] >>> 32, numbers[j] & 0xFFFF_FFFFL, scale) : numbers[j];
      c = compareValue(i, n, scale);
    }
    if (c == 0) {
      c = note(i, fi).compareTo(note(j, fj));
    }
    return c;
  }

  private String note(int index, long f) {
    return (f & NOTE) != 0 ? (String) Objects.requireNonNull(side(index)) : "";
  }

  /**
   * Returns a check-in's source reference, without building it.
   *
   * @param index the position
   * @return the source reference, or null
   */
  @Nullable String sourceRef(int index) {
    long f = facts[Objects.checkIndex(index, size)];
    return (f & WHOLE) != 0 ? whole(index).getSourceRef().orElse(null) : null;
  }

  /**
   * Tells whether a check-in is held in the columns alone, with nothing in the side table.
   *
   * @param index the position
   * @return true if packed
   */
  boolean isPacked(int index) {
    return (facts[Objects.checkIndex(index, size)] & (NOTE | WHOLE)) == 0;
  }

  /**
   * Tells whether two lists read the same arrays (one was appended to the other in place).
   *
   * @param other the other list
   * @return true if they share their columns
   */
  boolean sharesColumnsWith(CheckInColumns other) {
    return numbers == other.numbers && facts == other.facts;
  }

  private CheckIn whole(int index) {
    return (CheckIn) Objects.requireNonNull(side(index));
  }

  private @Nullable Object side(int index) {
    int low = 0;
    int high = sideCount - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int position = sidePositions[mid];
      if (position < index) {
        low = mid + 1;
      } else if (position > index) {
        high = mid - 1;
      } else {
        return sideEntries[mid];
      }
    }
    return null;
  }

  private static long epochDay(long f) {
    return (f & DAY_MASK) - DAY_OFFSET;
  }

  private static LocalDate observedOn(long f) {
    return Days.ofEpochDay((int) epochDay(f));
  }

  private static long recordedOffset(long f) {
    return (f << (64 - RECORDED_SHIFT - RECORDED_BITS)) >> (64 - RECORDED_BITS);
  }

  private static CheckInStatus statusOf(long f) {
    return (f & PROVISIONAL) != 0 ? STATUSES[1] : STATUSES[0];
  }

  private static BigDecimal valueOf(long f, long n) {
    int scale = (int) (f >>> SCALE_SHIFT) & 0x7;
    return (f & RATE) != 0 ? percent(n >>> 32, n & 0xFFFF_FFFFL, scale) : BigDecimal.valueOf(n, scale);
  }

  /** {@code 100 × numerator / denominator} rounded half-even to {@code scale} (at most 6) decimals. */
  private static BigDecimal percent(long numerator, long denominator, int scale) {
    return BigDecimal.valueOf(percentUnscaled(numerator, denominator, scale), scale);
  }

  /** The unscaled digits of {@link #percent}. */
  private static long percentUnscaled(long numerator, long denominator, int scale) {
    // numerator < 2^31 and 100 × 10^6 < 2^27: the product fits in a long.
    long scaled = numerator * 100 * POWERS_OF_TEN[scale];
    long quotient = scaled / denominator;
    long twiceRemainder = 2 * (scaled % denominator);
    if (twiceRemainder > denominator || (twiceRemainder == denominator && (quotient & 1) == 1)) {
      quotient++;
    }
    return quotient;
  }

  /** Fills the columns of a new list, appending check-ins after those of the list it starts from. */
  private static final class Writer {
    private long[] numbers;
    private long[] facts;
    private int size;
    private String[] authors;
    private int authorCount;
    private int[] sidePositions;
    private @Nullable Object[] sideEntries;
    private int sideCount;

    /** A writer of new arrays with room for {@code capacity} check-ins. */
    Writer(int capacity) {
      numbers = new long[capacity];
      facts = new long[capacity];
      authors = EMPTY.authors;
      sidePositions = EMPTY.sidePositions;
      sideEntries = EMPTY.sideEntries;
    }

    /** A writer into the room after {@code list}, which it has claimed: the arrays are shared. */
    Writer(CheckInColumns list) {
      numbers = list.numbers;
      facts = list.facts;
      size = list.size;
      authors = list.authors;
      authorCount = countAuthors(list.authors);
      sidePositions = list.sidePositions;
      sideEntries = list.sideEntries;
      sideCount = list.sideCount;
    }

    /** A writer of copies of {@code list}'s columns, with room for {@code capacity} check-ins. */
    Writer(CheckInColumns list, int capacity) {
      numbers = Arrays.copyOf(list.numbers, capacity);
      facts = Arrays.copyOf(list.facts, capacity);
      size = list.size;
      // The tables are copied, not shared: their room may be claimed by a list appended to this one.
      // An author id added by such a list may be copied too: harmless, no check-in here names it.
      authorCount = countAuthors(list.authors);
      authors = Arrays.copyOf(list.authors, authorCount);
      sidePositions = Arrays.copyOf(list.sidePositions, list.sideCount);
      sideEntries = Arrays.copyOf(list.sideEntries, list.sideCount);
      sideCount = list.sideCount;
    }

    private static int countAuthors(String[] authors) {
      int count = 0;
      while (count < authors.length && authors[count] != null) {
        count++;
      }
      return count;
    }

    void add(CheckIn checkIn) {
      if (size == numbers.length) {
        int capacity = Math.max(4, size + (size >> 1) + 1);
        numbers = Arrays.copyOf(numbers, capacity);
        facts = Arrays.copyOf(facts, capacity);
      }
      long f = pack(checkIn);
      if (f == WHOLE) {
        addSide(checkIn);
        numbers[size] = 0;
      } else {
        if (!checkIn.getNote().isEmpty()) {
          f |= NOTE;
          addSide(checkIn.getNote());
        }
        numbers[size] = number(checkIn);
      }
      facts[size] = f;
      size++;
    }

    private void addSide(Object entry) {
      if (sideCount == sideEntries.length) {
        int capacity = Math.max(2, sideCount + (sideCount >> 1) + 1);
        sidePositions = Arrays.copyOf(sidePositions, capacity);
        sideEntries = Arrays.copyOf(sideEntries, capacity);
      }
      sidePositions[sideCount] = size;
      sideEntries[sideCount] = entry;
      sideCount++;
    }

    /** The facts word of a check-in, or {@link #WHOLE} when one of its attributes does not fit the columns. */
    private long pack(CheckIn checkIn) {
      if (checkIn.getSourceRef().isPresent()) {
        return WHOLE;
      }
      BigDecimal value = checkIn.getValue();
      int scale = value.scale();
      if (scale < 0 || scale > MAX_SCALE) {
        return WHOLE;
      }
      long f = (long) scale << SCALE_SHIFT;
      if (checkIn.isRate()) {
        if (!isCompactRate(checkIn)) {
          return WHOLE;
        }
        f |= RATE;
      } else if (checkIn.getNumerator().isPresent() || checkIn.getDenominator().isPresent() || value.precision() > 18) {
        return WHOLE;
      }
      long day = checkIn.getObservedOn().toEpochDay();
      if (day < -DAY_OFFSET || day >= DAY_OFFSET) {
        return WHOLE;
      }
      f |= day + DAY_OFFSET;
      Instant recorded = checkIn.getRecordedAt();
      long offset = recorded.getEpochSecond() - day * 86_400L;
      if (recorded.getNano() != 0 || Math.abs(offset) > MAX_OFFSET) {
        return WHOLE;
      }
      f |= (offset & ((1L << RECORDED_BITS) - 1)) << RECORDED_SHIFT;
      int confidence = NO_CONFIDENCE;
      if (checkIn.getConfidence().isPresent()) {
        double c = checkIn.getConfidence().getAsDouble();
        long hundredths = Math.round(c * 100);
        if (!(c >= 0 && c <= 1 && hundredths / 100.0 == c) || Double.doubleToRawLongBits(c) == Long.MIN_VALUE) {
          return WHOLE;
        }
        confidence = (int) hundredths;
      }
      f |= (long) confidence << CONFIDENCE_SHIFT;
      if (checkIn.getAuthorId().isPresent()) {
        int slot = authorSlot(checkIn.getAuthorId().get());
        if (slot < 0) {
          return WHOLE;
        }
        f |= (long) slot << AUTHOR_SHIFT;
      }
      if (!checkIn.isFinal()) {
        f |= PROVISIONAL;
      }
      return f | (long) checkIn.getSource().ordinal() << SOURCE_SHIFT;
    }

    /** Integer parts below 2^31 and a value that is the percentage they give at its own scale. */
    private static boolean isCompactRate(CheckIn checkIn) {
      BigDecimal numerator = checkIn.getNumerator().orElseThrow();
      BigDecimal denominator = checkIn.getDenominator().orElseThrow();
      if (!isSmallInteger(numerator) || !isSmallInteger(denominator) || numerator.signum() < 0
          || denominator.signum() <= 0) {
        return false;
      }
      BigDecimal value = checkIn.getValue();
      return value.equals(percent(numerator.longValue(), denominator.longValue(), value.scale()));
    }

    private static boolean isSmallInteger(BigDecimal number) {
      return number.scale() == 0 && number.precision() <= 9;
    }

    private static long number(CheckIn checkIn) {
      if (checkIn.isRate()) {
        return checkIn.getNumerator().orElseThrow().longValue() << 32 | checkIn.getDenominator().orElseThrow().longValue();
      }
      return checkIn.getValue().unscaledValue().longValue();
    }

    /** The slot of an author id (1 to 63), added to the table if new; -1 when the table is full. */
    private int authorSlot(String authorId) {
      for (int a = 0; a < authorCount; a++) {
        if (authors[a].equals(authorId)) {
          return a + 1;
        }
      }
      if (authorCount == MAX_AUTHORS) {
        return -1;
      }
      if (authorCount == authors.length) {
        authors = Arrays.copyOf(authors, Math.min(MAX_AUTHORS, Math.max(2, authorCount * 2)));
      }
      authors[authorCount] = authorId;
      authorCount++;
      return authorCount;
    }

    /**
     * The list of what was written, in arrays of its exact size. Only for a writer of its own
     * arrays (not one writing into a shared list's room): arrays already of the exact size are kept.
     */
    CheckInColumns trimmed() {
      if (size == 0) {
        return EMPTY;
      }
      // Most key results have no side entry, many no author: they share the empty tables.
      return new CheckInColumns(exact(numbers, size), exact(facts, size), size,
          authorCount == 0 ? EMPTY.authors : authors.length == authorCount ? authors : Arrays.copyOf(authors, authorCount),
          sideCount == 0 ? EMPTY.sidePositions
              : sidePositions.length == sideCount ? sidePositions : Arrays.copyOf(sidePositions, sideCount),
          sideCount == 0 ? EMPTY.sideEntries
              : sideEntries.length == sideCount ? sideEntries : Arrays.copyOf(sideEntries, sideCount),
          sideCount, null);
    }

    private static long[] exact(long[] column, int size) {
      return column.length == size ? column : Arrays.copyOf(column, size);
    }

    /** The list of what was written, on arrays whose room later appends claim through {@code claimed}. */
    CheckInColumns sharing(AtomicInteger claimed) {
      return new CheckInColumns(numbers, facts, size, authors, sidePositions, sideEntries, sideCount, claimed);
    }
  }
}
