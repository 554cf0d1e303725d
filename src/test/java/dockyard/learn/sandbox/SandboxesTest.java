package dockyard.learn.sandbox;

import dockyard.store.Database;
import dockyard.store.LearnerRepository;
import dockyard.store.SandboxRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SandboxesTest {
    private static final String RUN_TASK = "aws ecs run-task --cluster demo --launch-type FARGATE --task-definition web "
            + "--network-configuration \"awsvpcConfiguration={subnets=[$SUBNET]}\" --query 'tasks[0].lastStatus' --output text";
    private Database db;
    private long learner;

    @BeforeEach
    void open() throws Exception {
        db = new Database(Files.createTempDirectory("sandboxes").resolve("db.sqlite"));
        learner = new LearnerRepository(db).create("hash-" + System.nanoTime(), 0);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Sandboxes sandboxes(int engines) {
        return new Sandboxes(new SandboxRepository(db), engines, new RateLimit(1000, 10_000, Clock.systemUTC()), Clock.systemUTC());
    }

    @Test
    void anotherInstanceWithAnEmptyCacheRebuildsTheSameStateFromTheLogIncludingCoalescedPlaySteps() {
        Sandboxes first = sandboxes(10);
        Sandbox s = first.forExercise(learner, "fargate-basics", List.of(
                "aws ecs create-cluster --cluster-name demo",
                "aws ecs register-task-definition --family web --requires-compatibilities FARGATE --network-mode awsvpc --cpu 256 --memory 512 "
                        + "--container-definitions '[{\"name\":\"web\",\"image\":\"nginx\"}]'"));
        first.run(learner, s.publicId(), "SUBNET=$(aws ec2 describe-subnets --query 'Subnets[0].SubnetId' --output text)");
        first.run(learner, s.publicId(), RUN_TASK);
        for (int i = 0; i < 5; i++) first.advance(learner, s.publicId(), 7, true);
        Scene live = first.scene(s);
        assertThat(live.cluster().tasks()).extracting(ClusterSnapshot.Task::lastStatus).containsExactly("RUNNING");
        assertThat(first.page(s).entries()).extracting(Entry::line).last().isEqualTo("sim advance 35s");

        Scene rebuilt = sandboxes(10).scene(s);
        assertThat(rebuilt.clock()).isEqualTo(live.clock());
        assertThat(rebuilt.cluster()).isEqualTo(live.cluster());
        assertThat(rebuilt.timeline()).isEqualTo(live.timeline());
        assertThat(first.forExercise(learner, "fargate-basics", List.of())).isEqualTo(s);
    }

    @Test
    void setupCommandsSurviveUndoAndResetAndTheCacheStaysBounded() {
        Sandboxes sandboxes = sandboxes(2);
        Sandbox s = sandboxes.create(learner, Sandbox.EXERCISE, "x", List.of("aws ecr create-repository --repository-name base"));
        sandboxes.run(learner, s.publicId(), "aws ecr create-repository --repository-name mine");
        sandboxes.reset(learner, s.publicId());
        assertThat(sandboxes.page(s).entries()).extracting(Entry::setup).containsExactly(true);
        assertThat(sandboxes.scene(s).cluster().repositories()).extracting(ClusterSnapshot.Repository::name).containsExactly("base");
        assertThatThrownBy(() -> sandboxes.undo(learner, s.publicId())).isInstanceOfSatisfying(SandboxError.class,
                e -> assertThat(e.reason()).isEqualTo(SandboxError.Reason.NOTHING_TO_UNDO));
        for (int i = 0; i < 4; i++) sandboxes.scene(sandboxes.create(learner, Sandbox.FREE, null, List.of()));
        assertThat(sandboxes.cachedEngines()).isLessThanOrEqualTo(2);
        assertThat(sandboxes.scene(s).cluster().repositories()).extracting(ClusterSnapshot.Repository::name).containsExactly("base");
    }

    @Test
    void aGoalStyleInspectionReadsTheWorldWithoutChangingIt() {
        Sandboxes sandboxes = sandboxes(10);
        Sandbox s = sandboxes.freePlay(learner);
        sandboxes.run(learner, s.publicId(), "aws ecs create-cluster --cluster-name demo");
        Scene before = sandboxes.scene(s);
        int clusters = sandboxes.inspect(s, session -> session.world().invoke("ecs", "ListClusters", null,
                dockyard.sim.Caller.admin("ap-northeast-2")).path("clusterArns").size());
        assertThat(clusters).isEqualTo(1);
        assertThat(sandboxes.scene(s)).isEqualTo(before);
        assertThat(sandboxes.page(s).entries()).hasSize(1);
    }
}
