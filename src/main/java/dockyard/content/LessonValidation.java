package dockyard.content;

import java.util.List;

/** The rules of {@code docs/content-format.md} for one lesson, as problems an author can fix. */
final class LessonValidation {
    private static final List<String> OBJECTIVES = List.of("학습 목표", "Objectives");
    private static final List<String> EXAM_TIPS = List.of("시험 팁", "Exam tips");

    private LessonValidation() {
    }

    static void check(LessonFile meta, String folderId, String file, List<ContentProblem> problems) {
        if (!folderId.equals(meta.id())) {
            problems.add(new ContentProblem(file, "id '" + meta.id() + "' does not match the folder's id '" + folderId + "'"));
        }
        if (meta.section() == null || meta.section() < 1) problems.add(new ContentProblem(file, "section: the seed section number (1 or more)"));
        if (meta.minutes() == null || meta.minutes() < 1) problems.add(new ContentProblem(file, "minutes: the reading time (1 or more)"));
        if (meta.title() == null || !meta.title().complete()) problems.add(new ContentProblem(file, "title needs ko and en"));
        if (meta.summary() == null || !meta.summary().complete()) problems.add(new ContentProblem(file, "summary needs ko and en"));
        if (meta.keyTerms() != null) {
            for (int i = 0; i < meta.keyTerms().size(); i++) {
                KeyTerm t = meta.keyTerms().get(i);
                if (t == null || t.term() == null || !t.term().complete() || t.definition() == null || !t.definition().complete()) {
                    problems.add(new ContentProblem(file, "key_terms[" + i + "] needs term and definition in ko and en"));
                }
            }
        }
        if (meta.docs() != null) {
            for (int i = 0; i < meta.docs().size(); i++) {
                DocLink d = meta.docs().get(i);
                if (d == null || d.title() == null || !d.title().complete()) {
                    problems.add(new ContentProblem(file, "docs[" + i + "] needs a title in ko and en"));
                }
                if (d == null || d.url() == null || !d.url().startsWith("https://")) {
                    problems.add(new ContentProblem(file, "docs[" + i + "] needs an https:// url"));
                }
            }
        }
    }

    static void checkBody(LessonBody body, String lang, String file, List<ContentProblem> problems) {
        int langIndex = "ko".equals(lang) ? 0 : 1;
        List<Heading> h2 = body.headings().stream().filter(h -> h.level() == 2).toList();
        if (h2.isEmpty() || !h2.get(0).text().equals(OBJECTIVES.get(langIndex))) {
            problems.add(new ContentProblem(file, "the first section must be '## " + OBJECTIVES.get(langIndex) + "'"));
        }
        if (h2.isEmpty() || !h2.get(h2.size() - 1).text().equals(EXAM_TIPS.get(langIndex))) {
            problems.add(new ContentProblem(file, "the last section must be '## " + EXAM_TIPS.get(langIndex) + "'"));
        }
        if (body.diagrams() == 0) {
            problems.add(new ContentProblem(file, "no diagram; every lesson has at least one: ![text alternative](name.svg)"));
        }
    }
}
