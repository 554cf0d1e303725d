package dockyard.content;

/** A key term of a lesson and its definition, shown on the lesson page. */
public record KeyTerm(Localized term, Localized definition) {
}
