-- Sandbox exercises (issue 4, exercises slice): per learner and exercise, how many hints were revealed and,
-- once every goal was reached, when and with how many of the learner's own commands and hints. completed_at is
-- set once and never moves: a later run of the same exercise does not overwrite the first success.
CREATE TABLE exercise_progress (
  learner_id      INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
  exercise_id     VARCHAR(100) NOT NULL,
  hints_shown     INTEGER NOT NULL DEFAULT 0,
  started_at      BIGINT NOT NULL,
  completed_at    BIGINT,
  commands_used   INTEGER,
  hints_used      INTEGER,
  PRIMARY KEY (learner_id, exercise_id)
);
