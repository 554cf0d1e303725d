-- Hands-on questions (issue 5) get sandboxes of their own: kind 'question', exercise_id naming the question and the
-- attempt row it answers. SQLite cannot change a CHECK constraint in place, so both sandbox tables are rebuilt with
-- the same columns. Parent and child are copied under new names first and the old ones dropped child first, so no
-- ON DELETE CASCADE fires; renaming the new parent rewrites the child's foreign key to the final name.
-- The shape of both tables is unchanged, so jOOQ's code generation skips this file.
-- [jooq ignore start]
CREATE TABLE sandbox_v30 (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  public_id     VARCHAR(32) NOT NULL UNIQUE,
  owner_id      INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
  seed          BIGINT NOT NULL,
  kind          VARCHAR(10) NOT NULL CHECK (kind IN ('free', 'exercise', 'question')),
  exercise_id   VARCHAR(100),
  share_token   VARCHAR(64) UNIQUE,
  created_at    BIGINT NOT NULL,
  updated_at    BIGINT NOT NULL
);
INSERT INTO sandbox_v30 (id, public_id, owner_id, seed, kind, exercise_id, share_token, created_at, updated_at)
  SELECT id, public_id, owner_id, seed, kind, exercise_id, share_token, created_at, updated_at FROM sandbox;

CREATE TABLE sandbox_command_v30 (
  sandbox_id    INTEGER NOT NULL REFERENCES sandbox_v30(id) ON DELETE CASCADE,
  seq           INTEGER NOT NULL,
  line          TEXT NOT NULL,
  setup         INTEGER NOT NULL DEFAULT 0 CHECK (setup IN (0, 1)),
  play          INTEGER NOT NULL DEFAULT 0 CHECK (play IN (0, 1)),
  exit_code     INTEGER NOT NULL,
  output        TEXT NOT NULL,
  at            BIGINT NOT NULL,
  PRIMARY KEY (sandbox_id, seq)
);
INSERT INTO sandbox_command_v30 (sandbox_id, seq, line, setup, play, exit_code, output, at)
  SELECT sandbox_id, seq, line, setup, play, exit_code, output, at FROM sandbox_command;

DROP TABLE sandbox_command;
DROP TABLE sandbox;
ALTER TABLE sandbox_v30 RENAME TO sandbox;
ALTER TABLE sandbox_command_v30 RENAME TO sandbox_command;
CREATE INDEX sandbox_by_owner ON sandbox (owner_id, kind, exercise_id, updated_at);
-- [jooq ignore stop]
