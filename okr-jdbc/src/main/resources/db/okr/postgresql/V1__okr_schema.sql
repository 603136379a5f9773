-- okr-sante: plans and their append-only, tamper-evident check-in history (PostgreSQL 12+).
-- Apply with Flyway (locations: classpath:db/okr/postgresql), with JdbcPlanStore's migrate(), or by hand.
-- Every table's key begins with plan_id, so the tables partition by plan. Table names begin with
-- okr_ (migrate() replaces that prefix when the store is given another one).

-- One row per plan: the head of its history, locked by each write (SELECT ... FOR UPDATE).
CREATE TABLE okr_plan (
  plan_id      text        NOT NULL PRIMARY KEY,
  version      bigint      NOT NULL,
  revision     bigint      NOT NULL,
  next_seq     bigint      NOT NULL,
  updated_at   timestamptz NOT NULL
);

-- The plan's structure (okr-jackson document without check-ins), one row per structural change.
CREATE TABLE okr_plan_revision (
  plan_id         text        NOT NULL REFERENCES okr_plan (plan_id),
  revision        bigint      NOT NULL,
  version         bigint      NOT NULL,
  stored_at       timestamptz NOT NULL,
  document        text        NOT NULL,
  personal_digest bytea,
  hash            bytea       NOT NULL,
  PRIMARY KEY (plan_id, revision)
);

-- Every check-in, numbered 1, 2, 3... per plan without gaps. Decimals are unconstrained numeric
-- (kept digit for digit); *_scale holds a negative scale (1E+3) that numeric cannot.
CREATE TABLE okr_check_in (
  plan_id           text             NOT NULL REFERENCES okr_plan (plan_id),
  seq               bigint           NOT NULL,
  version           bigint           NOT NULL,
  key_result_id     text             NOT NULL,
  observed_on       date             NOT NULL,
  recorded_at       text             NOT NULL,
  value             numeric          NOT NULL,
  value_scale       integer,
  numerator         numeric,
  numerator_scale   integer,
  denominator       numeric,
  denominator_scale integer,
  confidence        double precision,
  status            text             NOT NULL,
  source            text             NOT NULL,
  source_ref        text,
  stored_at         timestamptz      NOT NULL,
  personal_digest   bytea,
  hash              bytea            NOT NULL,
  PRIMARY KEY (plan_id, seq),
  UNIQUE (plan_id, key_result_id, source_ref)
);
CREATE INDEX okr_check_in_key_result ON okr_check_in (plan_id, key_result_id, observed_on);

-- Personal data (authors, notes), apart so they can be erased (RGPD art. 17). row_kind: 'C' a
-- check-in (row_no = seq), 'R' a revision (row_no = revision). The salt makes the digest kept in
-- the history unlinkable to the person once the row is gone.
CREATE TABLE okr_personal (
  plan_id   text   NOT NULL,
  row_kind  text   NOT NULL,
  row_no    bigint NOT NULL,
  salt      bytea  NOT NULL,
  author_id text,
  note      text,
  PRIMARY KEY (plan_id, row_kind, row_no)
);
CREATE INDEX okr_personal_author ON okr_personal (author_id);

-- Each erasure, so that verify() tells an erasure from a deletion.
CREATE TABLE okr_erasure (
  plan_id   text        NOT NULL,
  row_kind  text        NOT NULL,
  row_no    bigint      NOT NULL,
  erased_at timestamptz NOT NULL,
  PRIMARY KEY (plan_id, row_kind, row_no)
);

-- Append-only, enforced by the database.
CREATE FUNCTION okr_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'okr-sante: % is append-only: % refused', TG_TABLE_NAME, TG_OP;
END;
$$;

CREATE TRIGGER okr_plan_revision_append_only BEFORE UPDATE OR DELETE ON okr_plan_revision
  FOR EACH ROW EXECUTE FUNCTION okr_refuse_change();
CREATE TRIGGER okr_plan_revision_no_truncate BEFORE TRUNCATE ON okr_plan_revision
  FOR EACH STATEMENT EXECUTE FUNCTION okr_refuse_change();
CREATE TRIGGER okr_check_in_append_only BEFORE UPDATE OR DELETE ON okr_check_in
  FOR EACH ROW EXECUTE FUNCTION okr_refuse_change();
CREATE TRIGGER okr_check_in_no_truncate BEFORE TRUNCATE ON okr_check_in
  FOR EACH STATEMENT EXECUTE FUNCTION okr_refuse_change();
CREATE TRIGGER okr_erasure_append_only BEFORE UPDATE OR DELETE ON okr_erasure
  FOR EACH ROW EXECUTE FUNCTION okr_refuse_change();
CREATE TRIGGER okr_erasure_no_truncate BEFORE TRUNCATE ON okr_erasure
  FOR EACH STATEMENT EXECUTE FUNCTION okr_refuse_change();
CREATE TRIGGER okr_personal_no_update BEFORE UPDATE ON okr_personal
  FOR EACH ROW EXECUTE FUNCTION okr_refuse_change();
CREATE TRIGGER okr_personal_no_truncate BEFORE TRUNCATE ON okr_personal
  FOR EACH STATEMENT EXECUTE FUNCTION okr_refuse_change();

-- Personal data may be deleted only once its erasure is recorded.
CREATE FUNCTION okr_personal_check_erasure() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM okr_erasure e
                 WHERE e.plan_id = OLD.plan_id AND e.row_kind = OLD.row_kind AND e.row_no = OLD.row_no) THEN
    RAISE EXCEPTION 'okr-sante: personal data of % % of plan % deleted without an erasure record',
      OLD.row_kind, OLD.row_no, OLD.plan_id;
  END IF;
  RETURN OLD;
END;
$$;
CREATE TRIGGER okr_personal_erasure_only BEFORE DELETE ON okr_personal
  FOR EACH ROW EXECUTE FUNCTION okr_personal_check_erasure();
