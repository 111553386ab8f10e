package io.musubi.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.http.annotation.Controller;
import org.junit.jupiter.api.Test;

/**
 * The backend's shape, as rules that fail the build (CONTRIBUTING.md says where things go; these keep it so):
 * packages by feature under {@code io.musubi}, {@code platform} for what every feature shares.
 */
class ArchitectureTest {
    /** The main classes (not tests, not benchmarks), with the classes Micronaut generated for them. */
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.musubi");

    /** Shared infrastructure knows no feature: features plug into it, never the other way round. */
    static final ArchRule platformDependsOnNoFeature = noClasses().that().resideInAPackage("io.musubi.platform..")
            .should().dependOnClassesThat(resideInAFeature())
            .as("platform depends on no feature");

    /** Features may use each other's services, but the dependencies between them form no cycle. */
    static final ArchRule noCyclesBetweenFeatures = slices().matching("io.musubi.(*)..").should().beFreeOfCycles()
            .as("features (and platform) depend on each other without cycles");

    /** A repository is its feature's own: others go through the feature's service. */
    static final ArchRule repositoriesStayInTheirFeature = classes().that().areAnnotatedWith(JdbcRepository.class)
            .should(onlyBeAccessedFromTheirOwnPackage())
            .as("a repository is used only inside its own package");

    /** Controllers translate HTTP; reading and writing data is the services' job. */
    static final ArchRule controllersDoNotTouchRepositories = noClasses().that().areAnnotatedWith(Controller.class)
            .should().dependOnClassesThat().areAnnotatedWith(JdbcRepository.class)
            .as("controllers do not use repositories");

    /** One persistence style per kind of query: repositories, or {@code platform.Sql}; raw JDBC stays in platform. */
    static final ArchRule rawJdbcStaysInPlatform = noClasses().that().resideOutsideOfPackage("io.musubi.platform..")
            .should().dependOnClassesThat().haveFullyQualifiedName(
                    "io.micronaut.data.jdbc.runtime.JdbcOperations")
            .as("features use repositories or platform.Sql, not JdbcOperations");

    @Test
    void rawJdbcIsPlatformsOwn() {
        rawJdbcStaysInPlatform.check(MAIN);
    }

    @Test
    void platformKnowsNoFeature() {
        platformDependsOnNoFeature.check(MAIN);
    }

    @Test
    void featuresFormNoCycle() {
        noCyclesBetweenFeatures.check(MAIN);
    }

    @Test
    void repositoriesAreTheirFeaturesOwn() {
        repositoriesStayInTheirFeature.check(MAIN);
    }

    @Test
    void controllersLeaveDataToServices() {
        controllersDoNotTouchRepositories.check(MAIN);
    }

    /** "Now" comes from the injected {@code Clock} (platform.Clocks), so that tests can move time. */
    static final ArchRule timeComesFromTheInjectedClock = noClasses()
            .that().doNotHaveFullyQualifiedName("io.musubi.platform.Clocks")
            .should().callMethod(java.time.Clock.class, "systemUTC")
            .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
            .orShould().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.LocalDate.class, "now")
            .orShould().callMethod(java.time.LocalDateTime.class, "now")
            .orShould().callMethod(java.time.OffsetDateTime.class, "now")
            .orShould().callMethod(java.time.ZonedDateTime.class, "now")
            .orShould().callMethod(java.time.LocalDate.class, "now", java.time.ZoneId.class)
            .orShould().callMethod(java.time.LocalDateTime.class, "now", java.time.ZoneId.class)
            .orShould().callMethod(java.time.OffsetDateTime.class, "now", java.time.ZoneId.class)
            .orShould().callMethod(java.time.ZonedDateTime.class, "now", java.time.ZoneId.class)
            .as("time comes from the injected Clock");

    @Test
    void timeComesFromTheClock() {
        timeComesFromTheInjectedClock.check(MAIN);
    }

    private static DescribedPredicate<JavaClass> resideInAFeature() {
        return DescribedPredicate.describe("reside in a feature package",
                c -> c.getPackageName().startsWith("io.musubi.") && !c.getPackageName().startsWith("io.musubi.platform")
                        && !c.getPackageName().equals("io.musubi"));
    }

    private static ArchCondition<JavaClass> onlyBeAccessedFromTheirOwnPackage() {
        return new ArchCondition<>("only be accessed from their own package") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                repository.getDirectDependenciesToSelf().stream()
                        .filter(d -> !d.getOriginClass().getPackageName().equals(repository.getPackageName()))
                        .filter(d -> !d.getOriginClass().getName().startsWith(repository.getName() + "$"))
                        .forEach(d -> events.add(SimpleConditionEvent.violated(d, d.getDescription())));
            }
        };
    }
}
