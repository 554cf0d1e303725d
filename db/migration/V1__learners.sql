-- Guests first: a learner is created on the first visit and identified by a cookie token whose
-- SHA-256 hash is all we keep. Accounts (later) adopt the guest row.
CREATE TABLE learner (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  token_hash    VARCHAR(64) NOT NULL UNIQUE,
  lang          VARCHAR(5),
  created_at    BIGINT NOT NULL,
  last_seen_at  BIGINT NOT NULL
);

CREATE TABLE lesson_progress (
  learner_id    INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
  lesson_id     VARCHAR(100) NOT NULL,
  done_at       BIGINT,
  last_read_at  BIGINT NOT NULL,
  PRIMARY KEY (learner_id, lesson_id)
);
