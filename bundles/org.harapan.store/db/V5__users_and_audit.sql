-- Harapan case store: users and roles, and an audit trail of more than changes (reads of a household file,
-- exports, logins, refused saves, user and role changes, rule-set installations).

-- The users of the store; passwords only as slow salted hashes (PBKDF2, see org.harapan.store.PasswordHash).
CREATE TABLE app_user (
  user_name      VARCHAR(100) NOT NULL PRIMARY KEY,
  role           VARCHAR(32)  NOT NULL,
  password_hash  VARCHAR(400) NOT NULL,
  failed_logins  INTEGER      DEFAULT 0 NOT NULL,
  disabled       BOOLEAN      DEFAULT FALSE NOT NULL,
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The regions a user works in: desa codes of a case worker, the kabupaten of a supervisor.
CREATE TABLE user_region (
  user_name   VARCHAR(100) NOT NULL,
  region_code VARCHAR(32)  NOT NULL,
  PRIMARY KEY (user_name, region_code)
);

-- Audit rows of events other than a change have an action, may concern no household and have version 0.
ALTER TABLE audit ADD COLUMN action VARCHAR(32) DEFAULT 'change' NOT NULL;
ALTER TABLE audit ALTER COLUMN kpm_id DROP NOT NULL;
CREATE INDEX audit_user ON audit (user_name, id);
-- (no index on kabupaten_code: a kabupaten scope matches most of a store, which H2 then reads in key order)
