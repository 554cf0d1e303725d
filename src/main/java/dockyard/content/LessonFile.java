package dockyard.content;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** A lesson folder's {@code lesson.yaml} as written. */
record LessonFile(String id, Integer section, Integer minutes, Localized title, Localized summary,
                  @JsonProperty("key_terms") List<KeyTerm> keyTerms, List<DocLink> docs) {
}
