-- Event-sourced sandboxes: a sandbox is its seed plus its command log; its state is rebuilt by replaying
-- the log through the shell. public_id is what URLs show (random, not guessable); share_token, once set,
-- opens a read-only copy for anyone who has the link.
CREATE TABLE sandbox (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  public_id     VARCHAR(32) NOT NULL UNIQUE,
  owner_id      INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
  seed          BIGINT NOT NULL,
  kind          VARCHAR(10) NOT NULL CHECK (kind IN ('free', 'exercise')),
  exercise_id   VARCHAR(100),
  share_token   VARCHAR(64) UNIQUE,
  created_at    BIGINT NOT NULL,
  updated_at    BIGINT NOT NULL
);
CREATE INDEX sandbox_by_owner ON sandbox (owner_id, kind, exercise_id, updated_at);

-- One row per command, in order. Setup commands (setup = 1) come first and are neither undone nor reset;
-- play = 1 marks a coalescable "sim advance" written by play mode.
CREATE TABLE sandbox_command (
  sandbox_id    INTEGER NOT NULL REFERENCES sandbox(id) ON DELETE CASCADE,
  seq           INTEGER NOT NULL,
  line          TEXT NOT NULL,
  setup         INTEGER NOT NULL DEFAULT 0 CHECK (setup IN (0, 1)),
  play          INTEGER NOT NULL DEFAULT 0 CHECK (play IN (0, 1)),
  exit_code     INTEGER NOT NULL,
  output        TEXT NOT NULL,
  at            BIGINT NOT NULL,
  PRIMARY KEY (sandbox_id, seq)
);
