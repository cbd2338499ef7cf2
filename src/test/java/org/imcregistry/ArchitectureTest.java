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

/** The layout of ARCHITECTURE.md, checked: views go through services, and domain code never reaches into views. */
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
        noClasses().that().resideInAnyPackage("..ui..", "org.imcregistry.home..").should().dependOnClassesThat()
                .areAssignableTo(NotificationRecipients.class)
                .orShould().dependOnClassesThat().areAssignableTo(MailRecipient.class)
                .check(classes);
    }

    @Test
    void domainAndServicesNeverDependOnViews() {
        noClasses().that().resideOutsideOfPackages("..ui..", "org.imcregistry.home..")
                .and().haveSimpleNameNotEndingWith("SecurityConfiguration")
                .should().dependOnClassesThat().resideInAPackage("..ui..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void featuresHaveNoCyclesOutsideTheirViews() {
        slices().matching("org.imcregistry.(*)..").should().beFreeOfCycles()
                .ignoreDependency(com.tngtech.archunit.base.DescribedPredicate.describe("views",
                        c -> c.getPackageName().contains(".ui") || c.getPackageName().endsWith(".home")),
                        com.tngtech.archunit.base.DescribedPredicate.alwaysTrue())
                .check(classes);
    }
}
