package dockyard.learn.handson;

import dockyard.content.ContentProblem;
import dockyard.content.ContentSection;
import dockyard.support.HandsOnFixture;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class HandsOnSectionTest {
    @Test
    void theFixtureQuestionsPlayOutFromEverySeed() {
        ContentSection.Result r = new HandsOnSection().check(HandsOnFixture.content());
        assertThat(r.problems()).isEmpty();
        assertThat(r.count()).isEqualTo(2);
    }

    @Test
    void aSolutionThatMissesACheckAndASetupThatAlreadyMeetsOneAreReported() throws IOException {
        Path content = HandsOnFixture.content();
        Path file = content.resolve("hands-on/make-a-cluster.yaml");
        Files.writeString(file, Files.readString(file).replace("aws ecs create-cluster --cluster-name web", "aws ecs create-cluster --cluster-name api"));
        assertThat(messages(content)).anyMatch(m -> m.startsWith("content/hands-on/make-a-cluster.yaml: the solution does not satisfy check 1 (Cluster web is ACTIVE)"));

        Files.writeString(file, Files.readString(file).replace("setup: \"\"", "setup: |\n  aws ecs create-cluster --cluster-name web"));
        assertThat(messages(content)).anyMatch(m -> m.endsWith("the setup alone already satisfies every check"));
    }

    @Test
    void aSectionThatIsNotAHeadingOfTheLessonIsReported() throws IOException {
        Path content = HandsOnFixture.content();
        Path file = content.resolve("hands-on/make-a-cluster.yaml");
        Files.writeString(file, Files.readString(file).replace("section: \"\"", "section: \"nowhere\""));
        assertThat(messages(content)).anyMatch(m -> m.startsWith("content/hands-on/make-a-cluster.yaml: question 'make-a-cluster': section 'nowhere' is not a heading"));
    }

    @Test
    void aStatedAnswerTheSimulationDoesNotPrintIsReported() throws IOException {
        Path content = HandsOnFixture.content();
        Path file = content.resolve("hands-on/task-memory.yaml");
        Files.writeString(file, Files.readString(file).replace("answer: \"300\"", "answer: \"512\""));
        assertThat(messages(content)).anyMatch(m -> m.contains("ask.check prints '300', not the stated answer '512'"));
    }

    @Test
    void anAnswerThatDependsOnRandomIdsIsReported() throws IOException {
        Path content = HandsOnFixture.content();
        Path file = content.resolve("hands-on/task-memory.yaml");
        String seedOne = new dockyard.learn.exercises.GoalChecker().value(new dockyard.shell.ShellSession(1).world(),
                "aws ec2 describe-vpcs --query \"Vpcs[0].VpcId\"").orElseThrow().asText();
        Files.writeString(file, Files.readString(file)
                .replace("aws ecs describe-task-definition --task-definition report --query \"taskDefinition.containerDefinitions[0].memory\"",
                        "aws ec2 describe-vpcs --query \"Vpcs[0].VpcId\"")
                .replace("answer: \"300\"", "answer: \"" + seedOne + "\""));
        assertThat(messages(content)).noneMatch(m -> m.contains("(seed 1)")).anyMatch(m -> m.contains("(seed 2)"));
    }

    private static java.util.List<String> messages(Path content) {
        return new HandsOnSection().check(content).problems().stream().map(ContentProblem::toString).toList();
    }
}
