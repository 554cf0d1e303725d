package dockyard.content.quiz;

import java.util.List;
import java.util.Optional;

/**
 * How a mock exam is drawn: the exam's content domains, each with its weight (percent of questions, summing
 * to 100) and the topics (lesson ids) that count toward it.
 */
public record ExamBlueprint(String code, Bilingual title, String guide, List<Domain> domains) {
    public record Domain(String id, Bilingual title, int weight, List<String> topics) {
        public Domain {
            topics = List.copyOf(topics);
        }
    }

    public ExamBlueprint {
        domains = List.copyOf(domains);
    }

    /** The domain a topic counts toward in this exam, if any. */
    public Optional<Domain> domainOf(String topic) {
        return domains.stream().filter(d -> d.topics().contains(topic)).findFirst();
    }

    /** Minutes allowed for {@code questions} questions: AWS gives 130 minutes for 65, so 2 a question. */
    public static int minutesFor(int questions) {
        return (int) Math.ceil(questions * 130.0 / 65.0);
    }
}
