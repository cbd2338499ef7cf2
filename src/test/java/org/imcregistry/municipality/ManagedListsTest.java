package org.imcregistry.municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.imcregistry.IntegrationTest;
import org.imcregistry.common.InvalidInputException;
import org.imcregistry.common.Problem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** Admins add, relabel and retire list terms; codes are checked; others may not touch the lists. */
@IntegrationTest
@Transactional
class ManagedListsTest {

    @Autowired
    ManagedLists lists;
    @Autowired
    MunicipalityDirectory directory;

    @Test
    @WithMockUser(roles = "ADMIN")
    void addRelabelAndRetireATerm() {
        lists.save(ManagedLists.Kind.SERVICE_AREA, new Term("housing", "Housing", "Bolig", "Mieszkalnictwo", true));
        assertThat(directory.serviceAreas()).extracting(Term::code).contains("HOUSING");
        lists.save(ManagedLists.Kind.SERVICE_AREA, new Term("HOUSING", "Social housing", "Sosial bolig",
                "Mieszkalnictwo socjalne", true));
        lists.setActive(ManagedLists.Kind.SERVICE_AREA, "HOUSING", false);
        assertThat(directory.serviceAreas()).filteredOn(t -> t.code().equals("HOUSING")).singleElement()
                .satisfies(t -> {
                    assertThat(t.en()).isEqualTo("Social housing");
                    assertThat(t.active()).isFalse();
                });
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void badCodesAndMissingLabelsAreRefused() {
        assertThatThrownBy(() -> lists.save(ManagedLists.Kind.LEGAL_FORM, new Term("1 bad", "", "x", "y", true)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::messageKey).containsExactly("lists.error.code", "validation.required"));
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void onlyAdminsManageLists() {
        assertThatThrownBy(() -> lists.setActive(ManagedLists.Kind.LEGAL_FORM, "OTHER", false))
                .isInstanceOf(AccessDeniedException.class);
    }
}
