package org.imcregistry.municipality;

import java.util.ArrayList;
import java.util.List;
import org.imcregistry.common.InvalidInputException;
import org.imcregistry.common.Problem;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins keep the managed lists tidy: add a term, correct its labels, retire it. A retired term is no
 * longer offered for new data, but records that use it keep it; codes never change, so files and
 * filters that name them stay valid.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class ManagedLists {

    /** Which list a term belongs to. */
    public enum Kind { LEGAL_FORM, SERVICE_AREA }

    private final LegalFormRepository legalForms;
    private final ServiceAreaRepository serviceAreas;

    ManagedLists(LegalFormRepository legalForms, ServiceAreaRepository serviceAreas) {
        this.legalForms = legalForms;
        this.serviceAreas = serviceAreas;
    }

    @Transactional(readOnly = true)
    public List<Term> terms(Kind kind) {
        return (kind == Kind.LEGAL_FORM ? legalForms.findAllByOrderByPosition()
                : serviceAreas.findAllByOrderByPosition()).stream().map(ListTerm::term).toList();
    }

    /** Adds the term, or relabels it when the code exists. Codes are upper-case letters, digits and _. */
    @Transactional
    public void save(Kind kind, Term term) {
        String code = term.code() == null ? "" : term.code().strip().toUpperCase(java.util.Locale.ROOT);
        List<Problem> problems = new ArrayList<>();
        if (!code.matches("[A-Z][A-Z0-9_]{1,39}")) {
            problems.add(Problem.of("code", "lists.error.code"));
        }
        String en = Text.required(term.en(), "en", 200, problems);
        String nb = Text.required(term.nb(), "nb", 200, problems);
        String pl = Text.required(term.pl(), "pl", 200, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        JpaRepository<? extends ListTerm, String> repository = kind == Kind.LEGAL_FORM ? legalForms : serviceAreas;
        ListTerm existing = repository.findById(code).orElse(null);
        if (existing != null) {
            existing.relabel(en, nb, pl);
        } else if (kind == Kind.LEGAL_FORM) {
            legalForms.save(ListTerm.create(new LegalForm(), code, en, nb, pl, (int) legalForms.count() * 10 + 1000));
        } else {
            serviceAreas.save(ListTerm.create(new ServiceArea(), code, en, nb, pl,
                    (int) serviceAreas.count() * 10 + 1000));
        }
    }

    @Transactional
    public void setActive(Kind kind, String code, boolean active) {
        (kind == Kind.LEGAL_FORM ? legalForms.findById(code).map(ListTerm.class::cast)
                : serviceAreas.findById(code).map(ListTerm.class::cast)).ifPresent(t -> t.setActive(active));
    }
}
