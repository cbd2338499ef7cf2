package org.imcregistry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.imcregistry.security.MailRecipient;
import org.imcregistry.security.NotificationRecipients;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/** The layout of docs/architecture.md, checked: views go through services, and domain code never reaches into views. */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.imcregistry");
    }

    @Test
    void viewsNeverTouchRepositories() {
        noClasses().that().resideInAPackage("..ui..").should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(classes);
    }

    @Test
    void mailAddressesNeverReachAView() {
        noClasses().that().resideInAnyPackage("..ui..", "org.imcregistry.shell..").should().dependOnClassesThat()
                .areAssignableTo(NotificationRecipients.class)
                .orShould().dependOnClassesThat().areAssignableTo(MailRecipient.class)
                .check(classes);
    }

    @Test
    void domainAndServicesNeverDependOnViews() {
        noClasses().that().resideOutsideOfPackages("..ui..", "org.imcregistry.shell..")
                .and().haveSimpleNameNotEndingWith("SecurityConfiguration")
                .should().dependOnClassesThat().resideInAPackage("..ui..")
                .allowEmptyShould(true)
                .check(classes);
    }

    /** No exemptions: the shared UI parts (ui) know no feature, and only the shell (layout, home page) knows them all. */
    @Test
    void featuresHaveNoCycles() {
        slices().matching("org.imcregistry.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theSharedUiPartsKnowNoFeature() {
        noClasses().that().resideInAPackage("org.imcregistry.ui..").should().dependOnClassesThat()
                .resideOutsideOfPackages("org.imcregistry.ui..", "org.imcregistry.common..", "java..", "javax..",
                        "jakarta..", "com.vaadin..", "org.springframework..", "org.slf4j..", "tools.jackson..",
                        "com.fasterxml..", "org.jspecify..")
                .check(classes);
    }

    /** Views take "today" from the injected clock in the viewer's zone ({@code ui.Today}), never from the machine. */
    @Test
    void viewsNeverAskTheMachineForTheDate() {
        noClasses().that().resideInAnyPackage("..ui..", "org.imcregistry.shell..")
                .should().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.Year.class, "now")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .check(classes);
    }

    /** The first-start services pass everyone (nobody is signed in then), so no view may call them. */
    @Test
    void onlyTheFirstStartCreatesInitialAccounts() {
        noClasses().that().resideInAnyPackage("..ui..", "org.imcregistry.shell..").should().dependOnClassesThat()
                .areAssignableTo(org.imcregistry.security.InitialAccounts.class).check(classes);
    }

    /**
     * Every public method of a service says who may call it, on the method or on the class, so that a new method
     * cannot slip out unguarded ({@code permitAll()} is a rule too, when the calling feature decides).
     */
    @Test
    void everyPublicServiceMethodCarriesAnAccessRule() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods().that().arePublic()
                .and().areDeclaredInClassesThat().areAnnotatedWith(org.springframework.stereotype.Service.class)
                .and().doNotHaveModifier(com.tngtech.archunit.core.domain.JavaModifier.STATIC)
                .and().doNotHaveModifier(com.tngtech.archunit.core.domain.JavaModifier.SYNTHETIC)
                .should(com.tngtech.archunit.lang.conditions.ArchConditions.<com.tngtech.archunit.core.domain.JavaMethod>
                        beAnnotatedWith(org.springframework.security.access.prepost.PreAuthorize.class)
                        .or(com.tngtech.archunit.lang.conditions.ArchConditions.beDeclaredInClassesThat(
                                com.tngtech.archunit.core.domain.JavaClass.Predicates.type(Object.class).negate()
                                        .and(com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates
                                                .annotatedWith(org.springframework.security.access.prepost.PreAuthorize.class)))))
                .check(classes);
    }
}
