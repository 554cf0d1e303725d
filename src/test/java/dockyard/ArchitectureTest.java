package dockyard;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The design's one-way arrows: web → learn → (content, shell, store), shell → sim; sim pure. */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dockyard");

    @Test
    void simImportsNothingOfOursNorWebSqlOrTemplates() {
        noClasses().that().resideInAPackage("dockyard.sim..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dockyard.shell..", "dockyard.web..", "dockyard.learn..", "dockyard.store..", "dockyard.content..",
                        "io.javalin..", "org.thymeleaf..", "org.jooq..", "java.sql..", "javax.sql..", "org.flywaydb..",
                        "java.net..", "java.nio.file..", "java.io.File")
                .check(MAIN);
    }

    @Test
    void simNeverReadsTheWallClockOrAnUnseededRandom() {
        noClasses().that().resideInAPackage("dockyard.sim..")
                .should().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.Clock.class, "systemUTC")
                .orShould().callMethod(java.util.UUID.class, "randomUUID")
                .orShould().callMethod(Math.class, "random")
                .orShould().callConstructor(java.util.Random.class)
                .orShould().callConstructor(java.security.SecureRandom.class)
                .check(MAIN);
    }

    @Test
    void onlyTheStoragePackageSpeaksSql() {
        noClasses().that().resideOutsideOfPackage("dockyard.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "org.flywaydb..", "org.sqlite..", "com.zaxxer..")
                .check(MAIN);
    }

    @Test
    void shellDoesNotReachUpIntoTheWebOrStorage() {
        noClasses().that().resideInAPackage("dockyard.shell..")
                .should().dependOnClassesThat().resideInAnyPackage("dockyard.web..", "dockyard.learn..", "dockyard.store..", "io.javalin..", "org.jooq..")
                .check(MAIN);
    }

    @Test
    void learnDoesNotDependOnTheWeb() {
        noClasses().that().resideInAnyPackage("dockyard.learn..", "dockyard.content..", "dockyard.store..")
                .should().dependOnClassesThat().resideInAnyPackage("dockyard.web..", "io.javalin..")
                .check(MAIN);
    }
}
