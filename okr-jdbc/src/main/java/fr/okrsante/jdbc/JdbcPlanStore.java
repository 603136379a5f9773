package fr.okrsante.jdbc;

import fr.okrsante.json.OkrJson;
import fr.okrsante.plan.CheckIn;
import fr.okrsante.plan.KeyResult;
import fr.okrsante.plan.Objective;
import fr.okrsante.plan.Plan;
import fr.okrsante.plan.PlanHolder;
import fr.okrsante.plan.PlanVersionConflictException;
import fr.okrsante.plan.UnknownIdException;
import fr.okrsante.plan.VersionedPlan;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plans and their whole check-in history in a database, over the host's {@link DataSource}:
 * append-only, safe for many writers in many processes, tamper-evident.
 *
 * <pre>{@code
 * JdbcPlanStore store = JdbcPlanStore.of(dataSource, Dialect.POSTGRESQL);
 * store.migrate();                                    // or the host's Flyway: db/okr/postgresql
 *
 * VersionedPlan saved = store.save("chu-2026", 0, plan, "p-direction");   // version 1
 * store.append("chu-2026", List.of(CheckInEntry.of("kr-eig", CheckIn.ofRate(day, 16, 20))));
 * store.append("chu-2026", List.of(CheckInEntry.imported("kr-eig", checkIn, "MeasureReport/123")));  // once only
 *
 * VersionedPlan now = store.load("chu-2026");
 * VersionedPlan then = store.loadAsOf("chu-2026", Instant.parse("2026-03-31T23:59:59Z"));
 * Verification audit = store.verify("chu-2026");     // audit.isClean(), audit.firstProblem()
 * }</pre>
 *
 * <p><b>What is stored.</b> Per plan: a head row (version, last revision, next check-in number);
 * the plan's structure — its okr-jackson document without check-ins — once per change
 * (a <i>revision</i>); every check-in as its own row, numbered 1, 2, 3… without gaps, with its
 * exact decimals and an optional source reference that is unique per key result (so an import
 * run twice lands once); the personal data (check-in authors and notes, revision authors) in a
 * separate table, erasable on request ({@link #erasePersonalData(String)}). Revisions and
 * check-ins are append-only: database triggers refuse {@code UPDATE} and {@code DELETE}.
 *
 * <p><b>Versions</b> behave as {@link PlanHolder}'s, across processes: each accepted change (a
 * save that changes something, an append that adds something) raises the plan's version by
 * exactly 1. A write locks the plan's head row ({@code SELECT … FOR UPDATE} on PostgreSQL,
 * {@code BEGIN IMMEDIATE} on SQLite), checks the expected version, appends, and raises the
 * version in one transaction: a stale writer gets a {@link PlanVersionConflictException} and
 * nothing is written; a failure (a lost connection, a killed process) leaves nothing half-written.
 *
 * <p><b>Tamper evidence.</b> Each revision and check-in row holds a SHA-256 hash over its content
 * and the previous row's hash; personal data enter it only through a salted digest, so erasing
 * them keeps every hash checkable. {@link #verify(String)} reports the first row altered,
 * removed or inserted by hand.
 *
 * <p>The store makes no connection of its own: each operation takes one connection from the
 * data source and gives it back. Errors of the database come as {@link PlanStoreException}.
 * This class is immutable and thread-safe: share one instance.
 */
public final class JdbcPlanStore {

  /** How long an SQLite writer waits for another process's write transaction, in milliseconds. */
  static final int SQLITE_BUSY_TIMEOUT_MS = 60_000;

  /**
   * The author id a suppression shows once its author's personal data were erased
   * ({@link #erasePersonalData(String)}).
   */
  public static final String ERASED_AUTHOR = "erased";

  private static final Logger LOG = LoggerFactory.getLogger(JdbcPlanStore.class);
  private static final Pattern ID = Pattern.compile(Plan.ID_PATTERN);
  private static final int FETCH_SIZE = 2_000;
  private static final int BATCH_ROWS = 1_000;
  private static final int STRUCTURES_KEPT = 16;
  private static final String UNIQUE_VIOLATION = "23505";

  private final DataSource dataSource;
  private final Dialect dialect;
  private final String prefix;
  private final Clock clock;
  private final OkrJson json;
  private final Columns columns;
  private final Shared shared;

  /** What copies made by {@code with…} share: the SQLite writers' queue, the parsed structures, the salt source. */
  private static final class Shared {
    final ReentrantLock sqliteWriter = new ReentrantLock(true);
    final SecureRandom random = new SecureRandom();
    final Map<String, Plan> structures = new LinkedHashMap<>(32, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Plan> eldest) {
        return size() > STRUCTURES_KEPT;
      }
    };
  }

  private JdbcPlanStore(DataSource dataSource, Dialect dialect, String prefix, Clock clock, OkrJson json, Shared shared) {
    this.dataSource = dataSource;
    this.dialect = dialect;
    this.prefix = prefix;
    this.clock = clock;
    this.json = json;
    this.columns = new Columns(dialect);
    this.shared = shared;
  }

  /**
   * Returns a store over a data source, with tables prefixed {@code okr_} and the system clock.
   *
   * @param dataSource the host's database (its pool)
   * @param dialect the database it is
   * @return the store; its tables must exist ({@link #migrate()}, Flyway, or a DBA)
   */
  public static JdbcPlanStore of(DataSource dataSource, Dialect dialect) {
    return new JdbcPlanStore(Objects.requireNonNull(dataSource, "dataSource"), Objects.requireNonNull(dialect, "dialect"),
        OkrSchema.DEFAULT_PREFIX, Clock.systemUTC(), OkrJson.standard(), new Shared());
  }

  /**
   * Returns a store over a data source, its dialect read from the database's metadata.
   *
   * @param dataSource the host's database
   * @return the store
   * @throws PlanStoreException if the database cannot be reached
   * @throws IllegalArgumentException if it is neither PostgreSQL nor SQLite
   */
  public static JdbcPlanStore of(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    try (Connection connection = dataSource.getConnection()) {
      return of(dataSource, Dialect.ofProductName(connection.getMetaData().getDatabaseProductName()));
    } catch (SQLException e) {
      throw new PlanStoreException("cannot read which database the data source is", e);
    }
  }

  /**
   * Returns this store with another table prefix. This instance is unchanged.
   *
   * @param tablePrefix lower-case letters, digits and {@code _}, starting with a letter, at most 20 characters
   * @return the store
   * @throws IllegalArgumentException if the prefix is not of that form
   */
  public JdbcPlanStore withTablePrefix(String tablePrefix) {
    return new JdbcPlanStore(dataSource, dialect, OkrSchema.checkPrefix(tablePrefix), clock, json, new Shared());
  }

  /**
   * Returns this store with another clock, the one that dates each write. This instance is unchanged.
   *
   * @param clock the clock
   * @return the store
   */
  public JdbcPlanStore withClock(Clock clock) {
    return new JdbcPlanStore(dataSource, dialect, prefix, Objects.requireNonNull(clock, "clock"), json, shared);
  }

  /**
   * Returns the schema of this store's dialect and prefix.
   *
   * @return the schema
   */
  public OkrSchema schema() {
    return OkrSchema.of(dialect).withTablePrefix(prefix);
  }

  /**
   * Returns the dialect.
   *
   * @return the database this store writes for
   */
  public Dialect getDialect() {
    return dialect;
  }

  /**
   * Creates or completes the tables, for hosts without Flyway: {@code schema().migrate(dataSource)}.
   *
   * @return the number of schema versions applied
   * @throws PlanStoreException if the database refuses the script
   */
  public int migrate() {
    return schema().migrate(dataSource);
  }

  // ---------------------------------------------------------------- writes

  /**
   * Saves a plan as the new state of a stored plan, if that is still at the expected version:
   * its structure as a new revision when it changed, and its check-ins that the store does not
   * have yet (each key result's stored check-ins must be the first ones of that key result in
   * {@code plan}, unchanged). Expected version 0 creates the plan.
   *
   * <p>A plan equal to the stored one writes nothing and keeps the version.
   *
   * @param planId the plan's id in the store (an id such as {@code chu-2026})
   * @param expectedVersion the version {@code plan} was derived from; 0 for a plan not stored yet
   * @param plan the new state
   * @param authorId the pseudonymous id of who made the change, or {@code null}; kept as personal data
   * @return the plan and its new version
   * @throws PlanVersionConflictException if the stored plan is at another version; nothing is written
   * @throws UnknownPlanException if no plan has that id and {@code expectedVersion} is not 0
   * @throws HistoryRewriteException if a stored check-in is missing from {@code plan} or changed in it
   * @throws IllegalArgumentException if the plan id or author id is not an id, or the version is negative
   * @throws PlanStoreException if the database fails; nothing is written
   */
  public VersionedPlan save(String planId, long expectedVersion, Plan plan, @Nullable String authorId) {
    checkId("plan id", planId);
    Objects.requireNonNull(plan, "plan");
    if (expectedVersion < 0) {
      throw new IllegalArgumentException("expected version is " + expectedVersion + ": versions are 0 or more");
    }
    if (authorId != null) {
      checkId("author id", authorId);
    }
    // suppression authors are personal data: kept apart from the document, erasable
    Plan structure = PlanShapes.withoutSuppressionAuthors(PlanShapes.withoutCheckIns(plan));
    List<String> suppressionAuthors = PlanShapes.suppressionAuthors(plan);
    String document = json.toJson(structure);
    try {
      return inWriteTransaction("save plan " + planId, connection -> {
        Head head = lockHead(connection, planId);
        if (head == null && expectedVersion != 0) {
          throw unknown(planId);
        }
        long actual = head == null ? 0 : head.version;
        if (actual != expectedVersion) {
          throw new PlanVersionConflictException(expectedVersion, actual);
        }
        List<CheckInEntry> added;
        boolean newRevision;
        if (head == null) {
          added = new ArrayList<>();
          for (Objective objective : plan.getObjectives()) {
            for (KeyResult keyResult : objective.getKeyResults()) {
              for (CheckIn checkIn : keyResult.getCheckIns()) {
                added.add(CheckInEntry.of(keyResult.getId(), checkIn));
              }
            }
          }
          newRevision = true;
          insertHead(connection, planId);
          head = new Head(0, 0, 1);
        } else {
          added = newCheckIns(plan, readCheckIns(connection, planId, head.version, null));
          newRevision = !document.equals(readRevision(connection, planId, head.revision).document)
              || !suppressionAuthors.isEmpty() && !suppressionAuthors.equals(
                  readSuppressionAuthors(connection, planId, head.revision, suppressionAuthors.size()));
        }
        if (!newRevision && added.isEmpty()) {
          return VersionedPlan.of(plan, actual);
        }
        long version = Math.addExact(actual, 1);
        Instant now = Columns.storeTime(clock.instant());
        long revision = head.revision;
        if (newRevision) {
          revision++;
          insertRevision(connection, planId, revision, version, now, document, authorId, suppressionAuthors);
          synchronized (shared.structures) {
            shared.structures.put(planId + "#" + revision, structure);
          }
        }
        long nextSeq = insertCheckIns(connection, planId, version, head.nextSeq, added, now);
        updateHead(connection, planId, version, revision, nextSeq, now);
        LOG.debug("plan saved: version {} -> {}, {} new check-ins, new revision: {}", actual, version, added.size(),
            newRevision);
        return VersionedPlan.of(plan, version);
      });
    } catch (CreationRace race) {
      // another writer created the plan between our look and our insert
      throw new PlanVersionConflictException(expectedVersion, version(planId).orElse(1));
    }
  }

  /**
   * Appends check-ins to a stored plan at whatever version it is, as
   * {@link PlanHolder#checkIn(String, CheckIn)} does: never a conflict. All entries or none.
   *
   * @param planId the stored plan's id
   * @param entries the check-ins, in the order they get their numbers
   * @return what was written
   * @throws UnknownPlanException if no plan has that id
   * @throws UnknownIdException if the plan has no key result of an entry; nothing is written
   * @throws fr.okrsante.plan.InvalidPlanException if a check-in does not fit its key result's
   *     metric; nothing is written
   * @throws PlanStoreException if the database fails; nothing is written
   */
  public AppendReceipt append(String planId, List<CheckInEntry> entries) {
    return append(planId, -1, entries, true);
  }

  /**
   * Appends check-ins to a stored plan if it is still at the expected version, as
   * {@link PlanHolder#compareAndSet(long, Plan)} does. All entries or none. Entries whose source
   * reference the key result already has (in the store or earlier in {@code entries}) are
   * skipped: an import run twice lands once. When every entry is skipped nothing is written and
   * the version stays.
   *
   * @param planId the stored plan's id
   * @param expectedVersion the version the caller based the check-ins on
   * @param entries the check-ins, in the order they get their numbers
   * @return what was written
   * @throws PlanVersionConflictException if the plan is at another version; nothing is written
   * @throws UnknownPlanException if no plan has that id
   * @throws UnknownIdException if the plan has no key result of an entry; nothing is written
   * @throws fr.okrsante.plan.InvalidPlanException if a check-in does not fit its key result's
   *     metric; nothing is written
   * @throws PlanStoreException if the database fails; nothing is written
   */
  public AppendReceipt append(String planId, long expectedVersion, List<CheckInEntry> entries) {
    if (expectedVersion < 0) {
      throw new IllegalArgumentException("expected version is " + expectedVersion + ": versions are 0 or more");
    }
    return append(planId, expectedVersion, entries, false);
  }

  private AppendReceipt append(String planId, long expectedVersion, List<CheckInEntry> entries, boolean anyVersion) {
    checkId("plan id", planId);
    List<CheckInEntry> all = List.copyOf(Objects.requireNonNull(entries, "entries"));
    return inWriteTransaction("append check-ins to plan " + planId, connection -> {
      Head head = lockHead(connection, planId);
      if (head == null) {
        throw unknown(planId);
      }
      if (!anyVersion && head.version != expectedVersion) {
        throw new PlanVersionConflictException(expectedVersion, head.version);
      }
      Plan structure = structure(connection, planId, head.revision);
      for (CheckInEntry entry : all) {
        // the plan's own rules: the key result exists, the check-in fits its metric
        structure.withCheckIn(entry.keyResultId(), entry.checkIn());
      }
      List<CheckInEntry> fresh = new ArrayList<>(all.size());
      List<String> skipped = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM " + prefix
          + "check_in WHERE plan_id = ? AND key_result_id = ? AND source_ref = ?")) {
        for (CheckInEntry entry : all) {
          String reference = entry.sourceReference();
          if (reference != null) {
            if (!seen.add(entry.keyResultId() + '\u0000' + reference)) {
              skipped.add(reference);
              continue;
            }
            exists.setString(1, planId);
            exists.setString(2, entry.keyResultId());
            exists.setString(3, reference);
            try (ResultSet rs = exists.executeQuery()) {
              if (rs.next()) {
                skipped.add(reference);
                continue;
              }
            }
          }
          fresh.add(entry);
        }
      }
      if (fresh.isEmpty()) {
        return new AppendReceipt(head.version, head.nextSeq, head.nextSeq - 1, skipped);
      }
      long version = Math.addExact(head.version, 1);
      Instant now = Columns.storeTime(clock.instant());
      long nextSeq = insertCheckIns(connection, planId, version, head.nextSeq, fresh, now);
      updateHead(connection, planId, version, head.revision, nextSeq, now);
      LOG.debug("{} check-ins appended, version {} -> {}", fresh.size(), head.version, version);
      return new AppendReceipt(version, head.nextSeq, nextSeq - 1, skipped);
    });
  }

  /**
   * Erases a person's personal data from every plan of the store (RGPD art. 17): the author id
   * and note of each check-in they wrote, their id on each revision they made, and their id on
   * each suppression they accepted (a plan's reviewed exceptions, which then show
   * {@link #ERASED_AUTHOR} as author; the stored documents never hold a suppression's author).
   * Each erasure is recorded, so that {@link #verify(String)} tells it from a deletion; the
   * history and its hashes are untouched (they hold only a salted digest of the personal data,
   * whose salt goes with them). Suppression authors are kept beside the revision they belong to,
   * outside the hash chain.
   *
   * <p>Person ids inside a plan's structure (objective owners, grants) are pseudonymous ids that
   * each revision's document holds; to drop them, save a plan without them.
   *
   * @param authorId the person's pseudonymous id
   * @return the number of rows whose personal data were erased
   * @throws PlanStoreException if the database fails; nothing is erased
   */
  public int erasePersonalData(String authorId) {
    Objects.requireNonNull(authorId, "authorId");
    return inWriteTransaction("erase personal data", connection -> {
      List<Object[]> rows = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT plan_id, row_kind, row_no FROM " + prefix + "personal WHERE author_id = ?")) {
        select.setString(1, authorId);
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            rows.add(new Object[] {rs.getString(1), rs.getString(2), rs.getLong(3)});
          }
        }
      }
      Instant now = Columns.storeTime(clock.instant());
      try (PreparedStatement record = connection.prepareStatement("INSERT INTO " + prefix
          + "erasure (plan_id, row_kind, row_no, erased_at) VALUES (?, ?, ?, ?)")) {
        for (Object[] row : rows) {
          record.setString(1, (String) row[0]);
          record.setString(2, (String) row[1]);
          record.setLong(3, (Long) row[2]);
          columns.setInstant(record, 4, now);
          record.addBatch();
        }
        if (!rows.isEmpty()) {
          record.executeBatch();
        }
      }
      try (PreparedStatement delete = connection.prepareStatement(
          "DELETE FROM " + prefix + "personal WHERE author_id = ?")) {
        delete.setString(1, authorId);
        delete.executeUpdate();
      }
      LOG.debug("personal data erased from {} rows", rows.size());
      return rows.size();
    });
  }

  // ---------------------------------------------------------------- reads

  /**
   * Returns the current version of a stored plan.
   *
   * @param planId the plan's id
   * @return its version; empty if the store has no such plan
   * @throws PlanStoreException if the database fails
   */
  public OptionalLong version(String planId) {
    Objects.requireNonNull(planId, "planId");
    return read("read the version of plan " + planId, connection -> {
      Head head = readHead(connection, planId, false);
      return head == null ? OptionalLong.empty() : OptionalLong.of(head.version);
    });
  }

  /**
   * Returns the ids of the stored plans.
   *
   * @return the ids, in alphabetical order
   * @throws PlanStoreException if the database fails
   */
  public List<String> planIds() {
    return read("list the plans", connection -> {
      List<String> ids = new ArrayList<>();
      try (Statement statement = connection.createStatement();
          ResultSet rs = statement.executeQuery("SELECT plan_id FROM " + prefix + "plan ORDER BY plan_id")) {
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
      }
      return ids;
    });
  }

  /**
   * Loads the current state of a stored plan.
   *
   * @param planId the plan's id
   * @return the plan with every check-in, and its version
   * @throws UnknownPlanException if the store has no such plan
   * @throws PlanStoreException if the database fails
   */
  public VersionedPlan load(String planId) {
    Objects.requireNonNull(planId, "planId");
    return read("load plan " + planId, connection -> {
      Head head = readHead(connection, planId, false);
      if (head == null) {
        throw unknown(planId);
      }
      return loadAt(connection, planId, head.version);
    });
  }

  /**
   * Loads a stored plan as it was at a version.
   *
   * @param planId the plan's id
   * @param version a version from 1 to the current one
   * @return the plan as that version left it
   * @throws UnknownPlanException if the store has no such plan
   * @throws IllegalArgumentException if the plan has no such version
   * @throws PlanStoreException if the database fails
   */
  public VersionedPlan load(String planId, long version) {
    Objects.requireNonNull(planId, "planId");
    return read("load plan " + planId + " at version " + version, connection -> {
      Head head = readHead(connection, planId, false);
      if (head == null) {
        throw unknown(planId);
      }
      if (version < 1 || version > head.version) {
        throw new IllegalArgumentException("plan " + planId + " has versions 1 to " + head.version + ", not " + version);
      }
      return loadAt(connection, planId, version);
    });
  }

  /**
   * Loads a stored plan as the store held it at an instant: the last version written at or
   * before it.
   *
   * @param planId the plan's id
   * @param instant the instant
   * @return the plan as it was then
   * @throws UnknownPlanException if the store has no such plan, or had none yet at that instant
   * @throws PlanStoreException if the database fails
   */
  public VersionedPlan loadAsOf(String planId, Instant instant) {
    Objects.requireNonNull(planId, "planId");
    Objects.requireNonNull(instant, "instant");
    Instant at = Columns.storeTime(instant);
    return read("load plan " + planId + " as of " + instant, connection -> {
      long version = 0;
      for (String table : List.of("plan_revision", "check_in")) {
        try (PreparedStatement ps = connection.prepareStatement(
            "SELECT MAX(version) FROM " + prefix + table + " WHERE plan_id = ? AND stored_at <= ?")) {
          ps.setString(1, planId);
          columns.setInstant(ps, 2, at);
          try (ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
              version = Math.max(version, rs.getLong(1));
            }
          }
        }
      }
      if (version == 0) {
        if (readHead(connection, planId, false) == null) {
          throw unknown(planId);
        }
        throw new UnknownPlanException(planId, "plan " + planId + " was not stored yet at " + instant
            + ": its first revision is later");
      }
      return loadAt(connection, planId, version);
    });
  }

  /**
   * Returns the stored check-ins of a key result, oldest number first.
   *
   * @param planId the plan's id
   * @param keyResultId the key result's id
   * @return its check-ins with their numbers, versions and source references
   * @throws UnknownPlanException if the store has no such plan
   * @throws UnknownIdException if the plan has no such key result and no check-in of it is stored
   * @throws PlanStoreException if the database fails
   */
  public List<StoredCheckIn> history(String planId, String keyResultId) {
    Objects.requireNonNull(planId, "planId");
    Objects.requireNonNull(keyResultId, "keyResultId");
    return read("read the history of " + keyResultId + " in plan " + planId, connection -> {
      Head head = readHead(connection, planId, false);
      if (head == null) {
        throw unknown(planId);
      }
      List<StoredCheckIn> history = new ArrayList<>();
      for (Row row : readRows(connection, planId, head.version, keyResultId)) {
        history.add(row.toStored());
      }
      if (history.isEmpty() && structure(connection, planId, head.revision).keyResult(keyResultId).isEmpty()) {
        throw new UnknownIdException("key result", keyResultId);
      }
      return history;
    });
  }

  /**
   * Returns the revisions of a stored plan's structure, oldest first.
   *
   * @param planId the plan's id
   * @return its revisions
   * @throws UnknownPlanException if the store has no such plan
   * @throws PlanStoreException if the database fails
   */
  public List<Revision> revisions(String planId) {
    Objects.requireNonNull(planId, "planId");
    return read("read the revisions of plan " + planId, connection -> {
      if (readHead(connection, planId, false) == null) {
        throw unknown(planId);
      }
      List<Revision> revisions = new ArrayList<>();
      try (PreparedStatement ps = connection.prepareStatement("SELECT r.revision, r.version, r.stored_at, p.author_id FROM "
          + prefix + "plan_revision r LEFT JOIN " + prefix + "personal p ON p.plan_id = r.plan_id AND p.row_kind = '"
          + CheckInRows.REVISION_KIND + "' AND p.row_no = r.revision WHERE r.plan_id = ? ORDER BY r.revision")) {
        ps.setString(1, planId);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            revisions.add(new Revision(rs.getLong(1), rs.getLong(2), columns.getInstant(rs, 3), rs.getString(4)));
          }
        }
      }
      return revisions;
    });
  }

  /**
   * Checks a stored plan's history against its hashes: every revision and check-in numbered
   * without gaps up to the plan's head, each row's content matching its hash chained to the
   * previous row's, each row's personal data matching its digest (or erased on record).
   *
   * @param planId the plan's id
   * @return what was checked and the first problem of each chain
   * @throws UnknownPlanException if the store has no such plan
   * @throws PlanStoreException if the database fails
   */
  public Verification verify(String planId) {
    Objects.requireNonNull(planId, "planId");
    return read("verify plan " + planId, connection -> new Audit(connection, planId).run());
  }

  // ---------------------------------------------------------------- internals

  /** The head row of a plan. */
  private record Head(long version, long revision, long nextSeq) {}

  /** A stored revision. */
  private record StoredRevision(long revision, String document) {}

  /** A check-in row with its personal data, as read. */
  private record Row(CheckInRows.Content content, byte[] hash, byte @Nullable [] salt, @Nullable String authorId,
      @Nullable String note) {

    CheckIn checkIn() {
      return content.toCheckIn(authorId, note);
    }

    StoredCheckIn toStored() {
      return new StoredCheckIn(content.seq(), content.version(), content.keyResultId(), checkIn(),
          content.sourceReference(), content.storedAt(), content.personalDigest() != null && salt == null);
    }
  }

  /** Thrown inside a transaction when another writer created the same plan first. */
  private static final class CreationRace extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CreationRace() {
      super(null, null, false, false);
    }
  }

  @FunctionalInterface
  private interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private Connection open() throws SQLException {
    Connection connection = dataSource.getConnection();
    if (dialect == Dialect.SQLITE) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("PRAGMA busy_timeout = " + SQLITE_BUSY_TIMEOUT_MS);
        statement.execute("PRAGMA foreign_keys = ON");
      } catch (SQLException e) {
        connection.close();
        throw e;
      }
    }
    return connection;
  }

  private <T> T inWriteTransaction(String what, Work<T> work) {
    ReentrantLock lock = dialect == Dialect.SQLITE ? shared.sqliteWriter : null;
    if (lock != null) {
      // one writer at a time in SQLite: queue this JVM's writers here rather than on the busy handler
      lock.lock();
    }
    try (Connection connection = open()) {
      boolean autoCommit = connection.getAutoCommit();
      try (Statement control = connection.createStatement()) {
        if (dialect == Dialect.SQLITE) {
          connection.setAutoCommit(true);
          control.execute("BEGIN IMMEDIATE");
        } else {
          connection.setAutoCommit(false);
        }
        try {
          T result = work.run(connection);
          if (dialect == Dialect.SQLITE) {
            control.execute("COMMIT");
          } else {
            connection.commit();
          }
          return result;
        } catch (SQLException | RuntimeException | Error e) {
          rollbackQuietly(connection, control);
          throw e;
        }
      } finally {
        restoreQuietly(connection, autoCommit);
      }
    } catch (SQLException e) {
      throw new PlanStoreException("cannot " + what, e);
    } finally {
      if (lock != null) {
        lock.unlock();
      }
    }
  }

  private <T> T read(String what, Work<T> work) {
    try (Connection connection = open()) {
      boolean autoCommit = connection.getAutoCommit();
      int isolation = connection.getTransactionIsolation();
      try {
        // a transaction: PostgreSQL streams rows (fetch size) only inside one. One snapshot for
        // all its statements (SQLite's WAL reader has one; PostgreSQL's repeatable read): a head
        // and the rows read after it agree although writers go on
        connection.setAutoCommit(false);
        if (dialect == Dialect.POSTGRESQL) {
          connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        }
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        try {
          connection.rollback();
        } catch (SQLException ignored) {
          // the connection may be gone: the failure being reported says more
        }
        throw e;
      } finally {
        if (dialect == Dialect.POSTGRESQL && !connection.isClosed()) {
          try {
            connection.setTransactionIsolation(isolation);
          } catch (SQLException ignored) {
            // the connection is going back broken; the pool's validation deals with it
          }
        }
        restoreQuietly(connection, autoCommit);
      }
    } catch (SQLException e) {
      throw new PlanStoreException("cannot " + what, e);
    }
  }

  private void rollbackQuietly(Connection connection, Statement control) {
    try {
      if (dialect == Dialect.SQLITE) {
        if (!connection.isClosed()) {
          control.execute("ROLLBACK");
        }
      } else {
        connection.rollback();
      }
    } catch (SQLException ignored) {
      // a dead connection rolls back on the server's side; the original failure is reported
    }
  }

  private static void restoreQuietly(Connection connection, boolean autoCommit) {
    try {
      if (!connection.isClosed() && connection.getAutoCommit() != autoCommit) {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException ignored) {
      // the connection is going back to the pool broken; the pool's validation deals with it
    }
  }

  private @Nullable Head lockHead(Connection connection, String planId) throws SQLException {
    return readHead(connection, planId, dialect == Dialect.POSTGRESQL);
  }

  private @Nullable Head readHead(Connection connection, String planId, boolean forUpdate) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("SELECT version, revision, next_seq FROM " + prefix
        + "plan WHERE plan_id = ?" + (forUpdate ? " FOR UPDATE" : ""))) {
      ps.setString(1, planId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? new Head(rs.getLong(1), rs.getLong(2), rs.getLong(3)) : null;
      }
    }
  }

  private void insertHead(Connection connection, String planId) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("INSERT INTO " + prefix
        + "plan (plan_id, version, revision, next_seq, updated_at) VALUES (?, 0, 0, 1, ?)")) {
      ps.setString(1, planId);
      columns.setInstant(ps, 2, Columns.storeTime(clock.instant()));
      ps.executeUpdate();
    } catch (SQLException e) {
      if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
        throw new CreationRace();
      }
      throw e;
    }
  }

  private void updateHead(Connection connection, String planId, long version, long revision, long nextSeq, Instant now)
      throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("UPDATE " + prefix
        + "plan SET version = ?, revision = ?, next_seq = ?, updated_at = ? WHERE plan_id = ?")) {
      ps.setLong(1, version);
      ps.setLong(2, revision);
      ps.setLong(3, nextSeq);
      columns.setInstant(ps, 4, now);
      ps.setString(5, planId);
      if (ps.executeUpdate() != 1) {
        throw new SQLException("the head row of plan " + planId + " disappeared during the write");
      }
    }
  }

  /** The authors of a revision's suppressions, in order; {@link #ERASED_AUTHOR} for each erased one. */
  private List<String> readSuppressionAuthors(Connection connection, String planId, long revision, int count)
      throws SQLException {
    String[] authors = new String[count];
    Arrays.fill(authors, ERASED_AUTHOR);
    long first = revision * CheckInRows.SUPPRESSIONS_PER_REVISION;
    try (PreparedStatement ps = connection.prepareStatement("SELECT row_no, author_id FROM " + prefix
        + "personal WHERE plan_id = ? AND row_kind = '" + CheckInRows.SUPPRESSION_KIND + "' AND row_no >= ? AND row_no < ?")) {
      ps.setString(1, planId);
      ps.setLong(2, first);
      ps.setLong(3, first + count);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String author = rs.getString(2);
          if (author != null) {
            authors[(int) (rs.getLong(1) - first)] = author;
          }
        }
      }
    }
    return List.of(authors);
  }

  private StoredRevision readRevision(Connection connection, String planId, long revision) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("SELECT revision, document FROM " + prefix
        + "plan_revision WHERE plan_id = ? AND revision = ?")) {
      ps.setString(1, planId);
      ps.setLong(2, revision);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new PlanStoreException("revision " + revision + " of plan " + planId
              + " is missing although the plan's head names it: run verify() on this plan");
        }
        return new StoredRevision(rs.getLong(1), rs.getString(2));
      }
    }
  }

  private StoredRevision revisionAtVersion(Connection connection, String planId, long version) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("SELECT revision, document FROM " + prefix
        + "plan_revision WHERE plan_id = ? AND version <= ? ORDER BY revision DESC LIMIT 1")) {
      ps.setString(1, planId);
      ps.setLong(2, version);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new PlanStoreException("plan " + planId + " has no revision at or before version " + version
              + ": run verify() on this plan");
        }
        return new StoredRevision(rs.getLong(1), rs.getString(2));
      }
    }
  }

  /** The structure of a revision, parsed once and kept for the next appends. */
  private Plan structure(Connection connection, String planId, long revision) throws SQLException {
    String key = planId + "#" + revision;
    synchronized (shared.structures) {
      Plan cached = shared.structures.get(key);
      if (cached != null) {
        return cached;
      }
    }
    Plan structure = parse(planId, readRevision(connection, planId, revision));
    synchronized (shared.structures) {
      shared.structures.put(key, structure);
    }
    return structure;
  }

  private Plan parse(String planId, StoredRevision revision) {
    try {
      return json.readPlan(revision.document);
    } catch (RuntimeException e) {
      throw new PlanStoreException("revision " + revision.revision + " of plan " + planId
          + " is not a plan document this okr-jackson reads (" + e.getMessage() + "): run verify() on this plan");
    }
  }

  private VersionedPlan loadAt(Connection connection, String planId, long version) throws SQLException {
    StoredRevision revision = revisionAtVersion(connection, planId, version);
    Plan structure = structure(connection, planId, revision.revision);
    if (!structure.getSuppressions().isEmpty()) {
      structure = PlanShapes.withSuppressionAuthors(structure,
          readSuppressionAuthors(connection, planId, revision.revision, structure.getSuppressions().size()));
    }
    Map<String, List<CheckIn>> checkIns = readCheckIns(connection, planId, version, null);
    return VersionedPlan.of(PlanShapes.withCheckIns(structure, checkIns), version);
  }

  private Map<String, List<CheckIn>> readCheckIns(Connection connection, String planId, long version,
      @Nullable String keyResultId) throws SQLException {
    Map<String, List<CheckIn>> byKeyResult = new LinkedHashMap<>();
    for (Row row : readRows(connection, planId, version, keyResultId)) {
      byKeyResult.computeIfAbsent(row.content.keyResultId(), k -> new ArrayList<>()).add(row.checkIn());
    }
    return byKeyResult;
  }

  private String selectRows() {
    return "SELECT c.seq, c.version, c.key_result_id, c.observed_on, c.recorded_at, c.value, c.value_scale,"
        + " c.numerator, c.numerator_scale, c.denominator, c.denominator_scale, c.confidence, c.status, c.source,"
        + " c.source_ref, c.stored_at, c.personal_digest, c.hash, p.salt, p.author_id, p.note FROM " + prefix
        + "check_in c LEFT JOIN " + prefix + "personal p ON p.plan_id = c.plan_id AND p.row_kind = '"
        + CheckInRows.CHECK_IN_KIND + "' AND p.row_no = c.seq WHERE c.plan_id = ?";
  }

  private List<Row> readRows(Connection connection, String planId, long version, @Nullable String keyResultId)
      throws SQLException {
    String sql = selectRows() + " AND c.version <= ?" + (keyResultId == null ? "" : " AND c.key_result_id = ?")
        + " ORDER BY c.seq";
    List<Row> rows = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setFetchSize(FETCH_SIZE);
      ps.setString(1, planId);
      ps.setLong(2, version);
      if (keyResultId != null) {
        ps.setString(3, keyResultId);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(row(rs, planId));
        }
      }
    }
    return rows;
  }

  private Row row(ResultSet rs, String planId) throws SQLException {
    CheckInRows.Content content = new CheckInRows.Content(planId, rs.getLong(1), rs.getLong(2), rs.getString(3),
        columns.getDate(rs, 4), rs.getString(5), Objects.requireNonNull(columns.getDecimal(rs, 6), "value"),
        columns.getDecimal(rs, 8), columns.getDecimal(rs, 10), columns.getDouble(rs, 12), rs.getString(13),
        rs.getString(14), rs.getString(15), columns.getInstant(rs, 16), rs.getBytes(17));
    return new Row(content, rs.getBytes(18), rs.getBytes(19), rs.getString(20), rs.getString(21));
  }

  /** The check-ins of {@code plan} the store does not have; the stored ones must come first, unchanged. */
  private static List<CheckInEntry> newCheckIns(Plan plan, Map<String, List<CheckIn>> stored) {
    List<CheckInEntry> added = new ArrayList<>();
    Set<String> present = new HashSet<>();
    for (Objective objective : plan.getObjectives()) {
      for (KeyResult keyResult : objective.getKeyResults()) {
        String id = keyResult.getId();
        present.add(id);
        List<CheckIn> mine = keyResult.getCheckIns();
        List<CheckIn> old = stored.getOrDefault(id, List.of());
        if (old.size() > mine.size()) {
          throw new HistoryRewriteException(id, "key result " + id + " has " + old.size()
              + " stored check-ins but the plan gives " + mine.size()
              + ": stored check-ins cannot be removed; add a correcting check-in instead");
        }
        for (int i = 0; i < old.size(); i++) {
          if (!PlanShapes.sameRecord(old.get(i), mine.get(i))) {
            throw new HistoryRewriteException(id, "check-in " + (i + 1) + " of key result " + id + " (observed on "
                + old.get(i).getObservedOn() + ") differs from the stored one: stored check-ins cannot change;"
                + " add a correcting check-in instead");
          }
        }
        for (int i = old.size(); i < mine.size(); i++) {
          added.add(CheckInEntry.of(id, mine.get(i)));
        }
      }
    }
    for (String id : stored.keySet()) {
      if (!present.contains(id)) {
        throw new HistoryRewriteException(id, "key result " + id
            + " has stored check-ins but is not in the plan: cancel its objective (lifecycle cancelled) instead of removing it");
      }
    }
    return added;
  }

  private void insertRevision(Connection connection, String planId, long revision, long version, Instant now,
      String document, @Nullable String authorId, List<String> suppressionAuthors) throws SQLException {
    if (suppressionAuthors.size() >= CheckInRows.SUPPRESSIONS_PER_REVISION) {
      throw new PlanStoreException("plan " + planId + " has " + suppressionAuthors.size() + " suppressions: a stored plan "
          + "holds fewer than " + CheckInRows.SUPPRESSIONS_PER_REVISION);
    }
    for (int i = 0; i < suppressionAuthors.size(); i++) {
      insertPersonal(connection, planId, CheckInRows.SUPPRESSION_KIND,
          revision * CheckInRows.SUPPRESSIONS_PER_REVISION + i, salt(), suppressionAuthors.get(i), null);
    }
    byte[] previous = ChainHash.GENESIS;
    if (revision > 1) {
      try (PreparedStatement ps = connection.prepareStatement(
          "SELECT hash FROM " + prefix + "plan_revision WHERE plan_id = ? AND revision = ?")) {
        ps.setString(1, planId);
        ps.setLong(2, revision - 1);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            throw new PlanStoreException("revision " + (revision - 1) + " of plan " + planId
                + " is missing: run verify() on this plan");
          }
          previous = rs.getBytes(1);
        }
      }
    }
    byte[] digest = null;
    if (authorId != null) {
      byte[] salt = salt();
      digest = CheckInRows.personalDigest(salt, authorId, null);
      insertPersonal(connection, planId, CheckInRows.REVISION_KIND, revision, salt, authorId, null);
    }
    try (PreparedStatement ps = connection.prepareStatement("INSERT INTO " + prefix
        + "plan_revision (plan_id, revision, version, stored_at, document, personal_digest, hash)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, planId);
      ps.setLong(2, revision);
      ps.setLong(3, version);
      columns.setInstant(ps, 4, now);
      ps.setString(5, document);
      columns.setBytes(ps, 6, digest);
      ps.setBytes(7, CheckInRows.revisionHash(planId, revision, version, now, document, digest, previous));
      ps.executeUpdate();
    }
  }

  private void insertPersonal(Connection connection, String planId, String kind, long number, byte[] salt,
      @Nullable String authorId, @Nullable String note) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("INSERT INTO " + prefix
        + "personal (plan_id, row_kind, row_no, salt, author_id, note) VALUES (?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, planId);
      ps.setString(2, kind);
      ps.setLong(3, number);
      ps.setBytes(4, salt);
      columns.setText(ps, 5, authorId);
      columns.setText(ps, 6, note);
      ps.executeUpdate();
    }
  }

  private byte[] salt() {
    byte[] salt = new byte[16];
    shared.random.nextBytes(salt);
    return salt;
  }

  /** Inserts check-ins numbered from {@code nextSeq}; returns the next free number. */
  private long insertCheckIns(Connection connection, String planId, long version, long nextSeq,
      List<CheckInEntry> entries, Instant now) throws SQLException {
    if (entries.isEmpty()) {
      return nextSeq;
    }
    byte[] previous = ChainHash.GENESIS;
    if (nextSeq > 1) {
      try (PreparedStatement ps = connection.prepareStatement(
          "SELECT hash FROM " + prefix + "check_in WHERE plan_id = ? AND seq = ?")) {
        ps.setString(1, planId);
        ps.setLong(2, nextSeq - 1);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            throw new PlanStoreException("check-in " + (nextSeq - 1) + " of plan " + planId
                + " is missing: run verify() on this plan");
          }
          previous = rs.getBytes(1);
        }
      }
    }
    long seq = nextSeq;
    boolean anyPersonal = false;
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + prefix + "check_in (plan_id, seq, version,"
        + " key_result_id, observed_on, recorded_at, value, value_scale, numerator, numerator_scale, denominator,"
        + " denominator_scale, confidence, status, source, source_ref, stored_at, personal_digest, hash)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement personal = connection.prepareStatement("INSERT INTO " + prefix
            + "personal (plan_id, row_kind, row_no, salt, author_id, note) VALUES (?, ?, ?, ?, ?, ?)")) {
      for (CheckInEntry entry : entries) {
        CheckIn checkIn = entry.checkIn();
        byte[] digest = null;
        if (CheckInRows.hasPersonalData(checkIn)) {
          byte[] salt = salt();
          String author = checkIn.getAuthorId().orElse(null);
          String note = CheckInRows.note(checkIn);
          digest = CheckInRows.personalDigest(salt, author, note);
          personal.setString(1, planId);
          personal.setString(2, CheckInRows.CHECK_IN_KIND);
          personal.setLong(3, seq);
          personal.setBytes(4, salt);
          columns.setText(personal, 5, author);
          columns.setText(personal, 6, note);
          personal.addBatch();
          anyPersonal = true;
        }
        BigDecimal numerator = checkIn.getNumerator().orElse(null);
        BigDecimal denominator = checkIn.getDenominator().orElse(null);
        CheckInRows.Content content = new CheckInRows.Content(planId, seq, version, entry.keyResultId(),
            checkIn.getObservedOn(), checkIn.getRecordedAt().toString(), checkIn.getValue(), numerator, denominator,
            CheckInRows.confidence(checkIn), CheckInRows.name(checkIn.getStatus()), CheckInRows.name(checkIn.getSource()),
            entry.sourceReference(), now, digest);
        byte[] hash = content.hash(previous);
        insert.setString(1, planId);
        insert.setLong(2, seq);
        insert.setLong(3, version);
        insert.setString(4, entry.keyResultId());
        columns.setDate(insert, 5, checkIn.getObservedOn());
        insert.setString(6, content.recordedAt());
        columns.setDecimal(insert, 7, checkIn.getValue());
        columns.setDecimal(insert, 9, numerator);
        columns.setDecimal(insert, 11, denominator);
        columns.setDouble(insert, 13, content.confidence());
        insert.setString(14, content.status());
        insert.setString(15, content.source());
        columns.setText(insert, 16, entry.sourceReference());
        columns.setInstant(insert, 17, now);
        columns.setBytes(insert, 18, digest);
        insert.setBytes(19, hash);
        insert.addBatch();
        previous = hash;
        seq++;
        if ((seq - nextSeq) % BATCH_ROWS == 0) {
          // a plan stored for the first time may bring hundreds of thousands of check-ins
          insert.executeBatch();
          if (anyPersonal) {
            personal.executeBatch();
            anyPersonal = false;
          }
        }
      }
      if ((seq - nextSeq) % BATCH_ROWS != 0) {
        insert.executeBatch();
      }
      if (anyPersonal) {
        personal.executeBatch();
      }
    }
    return seq;
  }

  private static void checkId(String what, String id) {
    Objects.requireNonNull(id, what);
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(what + " '" + id + "' is not an id: use letters, digits and . _ : -"
          + " (starting with a letter or digit, at most 100 characters)");
    }
  }

  private static UnknownPlanException unknown(String planId) {
    return new UnknownPlanException(planId, "the store has no plan '" + planId
        + "': store it first (save with expected version 0, or okr store put)");
  }

  /** One verification run over one plan. */
  private final class Audit {
    private final Connection connection;
    private final String planId;
    private final List<Verification.Finding> findings = new ArrayList<>();
    private Verification.@Nullable Finding personalFinding;
    private long erased;

    Audit(Connection connection, String planId) {
      this.connection = connection;
      this.planId = planId;
    }

    Verification run() throws SQLException {
      Head head = readHead(connection, planId, false);
      if (head == null) {
        throw unknown(planId);
      }
      Set<String> erasures = new HashSet<>();
      try (PreparedStatement ps = connection.prepareStatement(
          "SELECT row_kind, row_no FROM " + prefix + "erasure WHERE plan_id = ?")) {
        ps.setString(1, planId);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            erasures.add(rs.getString(1) + rs.getLong(2));
          }
        }
      }
      // revisions
      byte[] previous = ChainHash.GENESIS;
      long expected = 1;
      Verification.Finding revisionFinding = null;
      try (PreparedStatement ps = connection.prepareStatement("SELECT r.revision, r.version, r.stored_at, r.document,"
          + " r.personal_digest, r.hash, p.salt, p.author_id FROM " + prefix + "plan_revision r LEFT JOIN " + prefix
          + "personal p ON p.plan_id = r.plan_id AND p.row_kind = '" + CheckInRows.REVISION_KIND
          + "' AND p.row_no = r.revision WHERE r.plan_id = ? ORDER BY r.revision")) {
        ps.setString(1, planId);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            long revision = rs.getLong(1);
            byte[] digest = rs.getBytes(5);
            byte[] hash = rs.getBytes(6);
            if (revisionFinding == null) {
              revisionFinding = check(Verification.Chain.REVISION, "revision", revision, expected, head.revision,
                  CheckInRows.revisionHash(planId, revision, rs.getLong(2), columns.getInstant(rs, 3), rs.getString(4),
                      digest, previous), hash);
            }
            checkPersonal("revision", CheckInRows.REVISION_KIND, revision, digest, rs.getBytes(7), rs.getString(8), null,
                erasures);
            previous = hash;
            expected = revision + 1;
          }
        }
      }
      if (revisionFinding == null && expected <= head.revision) {
        revisionFinding = removed(Verification.Chain.REVISION, "revision", expected, head.revision);
      }
      long revisions = expected - 1;
      String revisionHead = ChainHash.hex(previous);
      // check-ins
      previous = ChainHash.GENESIS;
      expected = 1;
      Verification.Finding checkInFinding = null;
      long last = head.nextSeq - 1;
      try (PreparedStatement ps = connection.prepareStatement(selectRows() + " ORDER BY c.seq")) {
        ps.setFetchSize(FETCH_SIZE);
        ps.setString(1, planId);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            Row row = row(rs, planId);
            long seq = row.content.seq();
            if (checkInFinding == null) {
              checkInFinding = check(Verification.Chain.CHECK_IN, "check-in", seq, expected, last,
                  row.content.hash(previous), row.hash);
            }
            checkPersonal("check-in", CheckInRows.CHECK_IN_KIND, seq, row.content.personalDigest(), row.salt,
                row.authorId, row.note, erasures);
            previous = row.hash;
            expected = seq + 1;
          }
        }
      }
      if (checkInFinding == null && expected <= last) {
        checkInFinding = removed(Verification.Chain.CHECK_IN, "check-in", expected, last);
      }
      long checkIns = expected - 1;
      if (personalFinding == null) {
        personalFinding = orphanPersonalData();
      }
      if (revisionFinding != null) {
        findings.add(revisionFinding);
      }
      if (checkInFinding != null) {
        findings.add(checkInFinding);
      }
      if (personalFinding != null) {
        findings.add(personalFinding);
      }
      return new Verification(planId, head.version, revisions, checkIns, erased, revisionHead,
          ChainHash.hex(previous), findings);
    }

    private Verification.@Nullable Finding check(Verification.Chain chain, String what, long number, long expected,
        long last, byte[] computed, byte[] stored) {
      if (number > last) {
        return new Verification.Finding(chain, number, Verification.Tampering.INSERTED, what + " " + number
            + " of plan " + planId + " is beyond the plan's last one (" + last + "): inserted by hand");
      }
      if (number != expected) {
        return new Verification.Finding(chain, expected, Verification.Tampering.REMOVED, what + " " + expected
            + " of plan " + planId + " is missing: removed by hand");
      }
      if (!Arrays.equals(computed, stored)) {
        return new Verification.Finding(chain, number, Verification.Tampering.ALTERED, what + " " + number
            + " of plan " + planId + " does not match its hash: altered by hand");
      }
      return null;
    }

    private Verification.Finding removed(Verification.Chain chain, String what, long expected, long last) {
      return new Verification.Finding(chain, expected, Verification.Tampering.REMOVED, what + " " + expected
          + " of plan " + planId + " is missing (the plan's head names " + last + "): removed by hand");
    }

    private void checkPersonal(String what, String kind, long number, byte @Nullable [] digest, byte @Nullable [] salt,
        @Nullable String authorId, @Nullable String note, Set<String> erasures) {
      if (digest == null) {
        if (salt != null && personalFinding == null) {
          personalFinding = new Verification.Finding(Verification.Chain.PERSONAL_DATA, number,
              Verification.Tampering.INSERTED, "personal data of " + what + " " + number + " of plan " + planId
              + " were never written with it: inserted by hand");
        }
        return;
      }
      if (salt == null) {
        if (erasures.contains(kind + number)) {
          erased++;
        } else if (personalFinding == null) {
          personalFinding = new Verification.Finding(Verification.Chain.PERSONAL_DATA, number,
              Verification.Tampering.REMOVED, "personal data of " + what + " " + number + " of plan " + planId
              + " are missing with no erasure on record: removed by hand");
        }
        return;
      }
      if (!Arrays.equals(digest, CheckInRows.personalDigest(salt, authorId, note)) && personalFinding == null) {
        personalFinding = new Verification.Finding(Verification.Chain.PERSONAL_DATA, number,
            Verification.Tampering.ALTERED, "personal data of " + what + " " + number + " of plan " + planId
            + " do not match their digest: altered by hand");
      }
    }

    /** Personal data rows that belong to no row of the plan. */
    private Verification.@Nullable Finding orphanPersonalData() throws SQLException {
      try (PreparedStatement ps = connection.prepareStatement("SELECT p.row_kind, p.row_no FROM " + prefix + "personal p"
          + " WHERE p.plan_id = ? AND NOT EXISTS (SELECT 1 FROM " + prefix + "check_in c WHERE c.plan_id = p.plan_id"
          + " AND p.row_kind = '" + CheckInRows.CHECK_IN_KIND + "' AND c.seq = p.row_no)"
          + " AND NOT EXISTS (SELECT 1 FROM " + prefix + "plan_revision r WHERE r.plan_id = p.plan_id"
          + " AND p.row_kind = '" + CheckInRows.REVISION_KIND + "' AND r.revision = p.row_no)"
          + " AND NOT EXISTS (SELECT 1 FROM " + prefix + "plan_revision r WHERE r.plan_id = p.plan_id"
          + " AND p.row_kind = '" + CheckInRows.SUPPRESSION_KIND + "' AND r.revision = p.row_no / "
          + CheckInRows.SUPPRESSIONS_PER_REVISION + ")"
          + " ORDER BY p.row_kind, p.row_no")) {
        ps.setString(1, planId);
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            long number = rs.getLong(2);
            String kind = rs.getString(1);
            String what = CheckInRows.CHECK_IN_KIND.equals(kind) ? "check-in"
                : CheckInRows.SUPPRESSION_KIND.equals(kind) ? "suppression of revision" : "revision";
            if (CheckInRows.SUPPRESSION_KIND.equals(kind)) {
              number /= CheckInRows.SUPPRESSIONS_PER_REVISION;
            }
            return new Verification.Finding(Verification.Chain.PERSONAL_DATA, number, Verification.Tampering.INSERTED,
                "personal data name " + what + " " + number + " of plan " + planId + ", which does not exist: inserted by hand");
          }
        }
      }
      return null;
    }
  }

  /**
   * Returns the dialect and table prefix.
   *
   * @return e.g. {@code JdbcPlanStore[SQLITE, okr_]}
   */
  @Override
  public String toString() {
    return "JdbcPlanStore[" + dialect + ", " + prefix + "]";
  }
}
