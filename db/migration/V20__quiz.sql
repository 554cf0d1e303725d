-- Quizzes, mock exams and spaced repetition (issue 5).
-- An attempt is one practice run on a topic, one mock exam, or one review session; its questions are rows of
-- attempt_answer in the order shown. Times are epoch milliseconds. An exam's deadline is kept here, so a
-- restarted server resumes it with the time that was left.
CREATE TABLE quiz_attempt (
  id              INTEGER PRIMARY KEY AUTOINCREMENT,
  learner_id      INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
  mode            VARCHAR(10) NOT NULL,      -- practice | exam | review
  exam            VARCHAR(10),               -- SAA-C03 | DVA-C02 | SOA-C03 for exams
  topic           VARCHAR(100),              -- the lesson id of a practice run
  started_at      BIGINT NOT NULL,
  deadline_at     BIGINT,                    -- exams only
  finished_at     BIGINT,
  score           INTEGER,                   -- exams: scaled 100..1000
  correct_count   INTEGER,
  question_count  INTEGER NOT NULL
);
CREATE INDEX quiz_attempt_learner ON quiz_attempt (learner_id, mode, finished_at);

-- One question of an attempt. chosen: the option ids, sorted, joined by commas; null until answered.
CREATE TABLE attempt_answer (
  attempt_id   INTEGER NOT NULL REFERENCES quiz_attempt(id) ON DELETE CASCADE,
  position     INTEGER NOT NULL,
  question_id  VARCHAR(100) NOT NULL,
  shown_at     BIGINT NOT NULL,
  answered_at  BIGINT,
  chosen       VARCHAR(40),
  correct      INTEGER,                      -- 1 right, 0 wrong; null until marked
  time_ms      BIGINT,
  flagged      INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (attempt_id, position)
);

-- FSRS memory state per learner and card. card_key: q:<question id> or t:<lesson id>:<term index>.
CREATE TABLE review_card (
  learner_id      INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
  card_key        VARCHAR(200) NOT NULL,
  stability       DOUBLE NOT NULL,
  difficulty      DOUBLE NOT NULL,
  reps            INTEGER NOT NULL,
  lapses          INTEGER NOT NULL,
  last_review_at  BIGINT NOT NULL,
  due_at          BIGINT NOT NULL,
  scheduled_days  INTEGER NOT NULL,
  PRIMARY KEY (learner_id, card_key)
);
CREATE INDEX review_card_due ON review_card (learner_id, due_at);

CREATE TABLE review_log (
  id              INTEGER PRIMARY KEY AUTOINCREMENT,
  learner_id      INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
  card_key        VARCHAR(200) NOT NULL,
  rating          INTEGER NOT NULL,
  reviewed_at     BIGINT NOT NULL,
  scheduled_days  INTEGER NOT NULL
);
