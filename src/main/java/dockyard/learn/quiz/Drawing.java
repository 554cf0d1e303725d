package dockyard.learn.quiz;

import dockyard.content.quiz.ExamBlueprint;
import dockyard.content.quiz.Question;
import dockyard.content.quiz.QuestionBank;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Draws a mock exam: questions that serve the exam, split across its domains in proportion to their weights
 * (largest remainder), random within a domain. Hands-on questions are never drawn. A domain with too few questions leaves its places to the
 * others; the exam is shorter than asked only when the whole bank is.
 */
public final class Drawing {
    private Drawing() {
    }

    public static List<Question> draw(QuestionBank bank, ExamBlueprint exam, int length, Random random) {
        Map<ExamBlueprint.Domain, List<Question>> pools = new LinkedHashMap<>();
        for (ExamBlueprint.Domain d : exam.domains()) pools.put(d, new ArrayList<>());
        for (Question q : bank.all()) {
            if (q.handsOnQuestion() || !q.domains().contains(exam.code())) continue; // the exams have no labs
            exam.domainOf(q.topic()).ifPresent(d -> pools.get(d).add(q));
        }
        pools.values().forEach(p -> Collections.shuffle(p, random));
        Map<ExamBlueprint.Domain, Integer> quota = quotas(exam, length);
        List<Question> drawn = new ArrayList<>();
        List<Question> leftovers = new ArrayList<>();
        for (var e : pools.entrySet()) {
            List<Question> pool = e.getValue();
            int take = Math.min(quota.get(e.getKey()), pool.size());
            drawn.addAll(pool.subList(0, take));
            leftovers.addAll(pool.subList(take, pool.size()));
        }
        Collections.shuffle(leftovers, random);
        for (Question q : leftovers) {
            if (drawn.size() >= length) break;
            drawn.add(q);
        }
        Collections.shuffle(drawn, random);
        return drawn;
    }

    /** How many questions each domain gets out of {@code length}: weight share, largest remainder first. */
    public static Map<ExamBlueprint.Domain, Integer> quotas(ExamBlueprint exam, int length) {
        int total = exam.domains().stream().mapToInt(ExamBlueprint.Domain::weight).sum();
        Map<ExamBlueprint.Domain, Integer> quota = new LinkedHashMap<>();
        List<ExamBlueprint.Domain> byRemainder = new ArrayList<>(exam.domains());
        int given = 0;
        for (ExamBlueprint.Domain d : exam.domains()) {
            int q = (int) Math.floor((double) length * d.weight() / total);
            quota.put(d, q);
            given += q;
        }
        byRemainder.sort((a, b) -> Double.compare(remainder(b, length, total), remainder(a, length, total)));
        for (int i = 0; given < length; i++, given++) {
            ExamBlueprint.Domain d = byRemainder.get(i % byRemainder.size());
            quota.merge(d, 1, Integer::sum);
        }
        return quota;
    }

    private static double remainder(ExamBlueprint.Domain d, int length, int total) {
        double exact = (double) length * d.weight() / total;
        return exact - Math.floor(exact);
    }
}
