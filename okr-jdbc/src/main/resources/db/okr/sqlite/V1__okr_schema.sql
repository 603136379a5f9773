-- okr-sante: plans and their append-only, tamper-evident check-in history (SQLite 3.35+).
-- Apply with Flyway (locations: classpath:db/okr/sqlite), with JdbcPlanStore's migrate(), or by hand.
-- SQLite has no exact decimal type: decimals are the canonical text of java.math.BigDecimal, dates
-- ISO-8601 text, instants ISO-8601 UTC text with six decimals (so they sort as text). Table names
-- begin with okr_ (migrate() replaces that prefix when the store is given another one).

-- One row per plan: the head of its history; writers serialise on BEGIN IMMEDIATE.
CREATE TABLE okr_plan (
  plan_id      TEXT    NOT NULL PRIMARY KEY,
  version      INTEGER NOT NULL,
  revision     INTEGER NOT NULL,
  next_seq     INTEGER NOT NULL,
  updated_at   TEXT    NOT NULL
);

-- The plan's structure (okr-jackson document without check-ins), one row per structural change.
CREATE TABLE okr_plan_revision (
  plan_id         TEXT    NOT NULL REFERENCES okr_plan (plan_id),
  revision        INTEGER NOT NULL,
  version         INTEGER NOT NULL,
  stored_at       TEXT    NOT NULL,
  document        TEXT    NOT NULL,
  personal_digest BLOB,
  hash            BLOB    NOT NULL,
  PRIMARY KEY (plan_id, revision)
);

-- Every check-in, numbered 1, 2, 3... per plan without gaps.
CREATE TABLE okr_check_in (
  plan_id           TEXT    NOT NULL REFERENCES okr_plan (plan_id),
  seq               INTEGER NOT NULL,
  version           INTEGER NOT NULL,
  key_result_id     TEXT    NOT NULL,
  observed_on       TEXT    NOT NULL,
  recorded_at       TEXT    NOT NULL,
  value             TEXT    NOT NULL,
  value_scale       INTEGER,
  numerator         TEXT,
  numerator_scale   INTEGER,
  denominator       TEXT,
  denominator_scale INTEGER,
  confidence        REAL,
  status            TEXT    NOT NULL,
  source            TEXT    NOT NULL,
  source_ref        TEXT,
  stored_at         TEXT    NOT NULL,
  personal_digest   BLOB,
  hash              BLOB    NOT NULL,
  PRIMARY KEY (plan_id, seq),
  UNIQUE (plan_id, key_result_id, source_ref)
);
CREATE INDEX okr_check_in_key_result ON okr_check_in (plan_id, key_result_id, observed_on);

-- Personal data (authors, notes), apart so they can be erased (RGPD art. 17).
CREATE TABLE okr_personal (
  plan_id   TEXT    NOT NULL,
  row_kind  TEXT    NOT NULL,
  row_no    INTEGER NOT NULL,
  salt      BLOB    NOT NULL,
  author_id TEXT,
  note      TEXT,
  PRIMARY KEY (plan_id, row_kind, row_no)
);
CREATE INDEX okr_personal_author ON okr_personal (author_id);

-- Each erasure, so that verify() tells an erasure from a deletion.
CREATE TABLE okr_erasure (
  plan_id   TEXT    NOT NULL,
  row_kind  TEXT    NOT NULL,
  row_no    INTEGER NOT NULL,
  erased_at TEXT    NOT NULL,
  PRIMARY KEY (plan_id, row_kind, row_no)
);

-- Append-only, enforced by the database.
CREATE TRIGGER okr_plan_revision_no_update BEFORE UPDATE ON okr_plan_revision
BEGIN
  SELECT RAISE(ABORT, 'okr-sante: okr_plan_revision is append-only: UPDATE refused');
END;
CREATE TRIGGER okr_plan_revision_no_delete BEFORE DELETE ON okr_plan_revision
BEGIN
  SELECT RAISE(ABORT, 'okr-sante: okr_plan_revision is append-only: DELETE refused');
END;
CREATE TRIGGER okr_check_in_no_update BEFORE UPDATE ON okr_check_in
BEGIN
  SELECT RAISE(ABORT, 'okr-sante: okr_check_in is append-only: UPDATE refused');
END;
CREATE TRIGGER okr_check_in_no_delete BEFORE DELETE ON okr_check_in
BEGIN
  SELECT RAISE(ABORT, 'okr-sante: okr_check_in is append-only: DELETE refused');
END;
CREATE TRIGGER okr_erasure_no_update BEFORE UPDATE ON okr_erasure
BEGIN
  SELECT RAISE(ABORT, 'okr-sante: okr_erasure is append-only: UPDATE refused');
END;
CREATE TRIGGER okr_erasure_no_delete BEFORE DELETE ON okr_erasure
BEGIN
  SELECT RAISE(ABORT, 'okr-sante: okr_erasure is append-only: DELETE refused');
END;
CREATE TRIGGER okr_personal_no_update BEFORE UPDATE ON okr_personal
BEGIN
  SELECT RAISE(ABORT, 'okr-sante: okr_personal is append-only: UPDATE refused');
END;
-- Personal data may be deleted only once its erasure is recorded.
CREATE TRIGGER okr_personal_erasure_only BEFORE DELETE ON okr_personal
WHEN NOT EXISTS (SELECT 1 FROM okr_erasure e
                 WHERE e.plan_id = OLD.plan_id AND e.row_kind = OLD.row_kind AND e.row_no = OLD.row_no)
BEGIN
  SELECT RAISE(ABORT, 'okr-sante: personal data deleted without an erasure record');
END;
