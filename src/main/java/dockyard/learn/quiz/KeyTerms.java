package dockyard.learn.quiz;

import dockyard.content.quiz.Bilingual;

import java.util.List;

/** A lesson's key terms (from its lesson.yaml), in order; each becomes a self-rated review card. */
public interface KeyTerms {
    record Term(Bilingual term, Bilingual definition) {
    }

    /** The lesson's terms; empty for an unknown lesson. */
    List<Term> of(String lessonId);
}
