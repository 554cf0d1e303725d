package dockyard.content.exercise;

import com.fasterxml.jackson.databind.JsonNode;
import dockyard.content.Localized;

/**
 * One goal of an exercise: the sentence the learner sees ticked off, and the check that proves it.
 *
 * @param text       what the learner reads, in both languages
 * @param check      a read-only command as the learner would type it: {@code aws … --query …} (a Describe, List
 *                   or Get operation) or a read-only {@code docker} listing ({@code images}, {@code ps},
 *                   {@code inspect}, {@code history})
 * @param comparison how the check's result is compared
 * @param expected   the value compared with (a JSON scalar, list or object)
 */
public record Goal(Localized text, String check, Comparison comparison, JsonNode expected) {
}
