-- Site search over lesson sections in both languages. The trigram tokenizer finds Korean words (no word
-- segmentation needed) and substrings of 3+ characters; shorter queries use LIKE on the same table.
-- [jooq ignore start]
CREATE VIRTUAL TABLE lesson_search USING fts5(
  lesson_id UNINDEXED,
  lang UNINDEXED,
  anchor UNINDEXED,
  title UNINDEXED,
  heading,
  body,
  tokenize = 'trigram'
);
-- [jooq ignore stop]

-- What was indexed last: the search index is rebuilt at startup only when the content's hash changed.
CREATE TABLE content_index (
  name        VARCHAR(50) PRIMARY KEY,
  hash        VARCHAR(64) NOT NULL,
  indexed_at  BIGINT NOT NULL
);
