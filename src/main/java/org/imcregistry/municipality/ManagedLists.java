package org.imcregistry.municipality;

import org.imcregistry.common.Text;
import java.util.ArrayList;
import java.util.List;
import org.imcregistry.common.InvalidInputException;
import org.imcregistry.common.Problem;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import java.util.Objects;

/**
 * Admins keep the managed lists tidy: add a term, correct its labels, retire it. A retired term is no
 * longer offered for new data, but records that use it keep it; codes never change, so files and
 * filters that name them stay valid.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class ManagedLists {

    /** Which list a term belongs to. */
    public enum Kind { LEGAL_FORM, SERVICE_AREA, PRACTICE_THEME }

    private final Map<Kind, ListTermRepository<? extends ListTerm>> repositories;

    ManagedLists(LegalFormRepository legalForms, ServiceAreaRepository serviceAreas,
            PracticeThemeRepository practiceThemes) {
        this.repositories = Map.of(Kind.LEGAL_FORM, legalForms, Kind.SERVICE_AREA, serviceAreas,
                Kind.PRACTICE_THEME, practiceThemes);
    }

    private ListTermRepository<? extends ListTerm> repository(Kind kind) {
        return Objects.requireNonNull(repositories.get(kind), "every kind has a repository");
    }

    @Transactional(readOnly = true)
    public List<Term> terms(Kind kind) {
        return repository(kind).findAllByOrderByPosition().stream().map(ListTerm::term).toList();
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
        ListTermRepository<? extends ListTerm> repository = repository(kind);
        // With no problems, Text.required returned each label.
        en = Objects.requireNonNull(en, "no problems: the label is present");
        nb = Objects.requireNonNull(nb, "no problems: the label is present");
        pl = Objects.requireNonNull(pl, "no problems: the label is present");
        ListTerm existing = repository.findById(code).orElse(null);
        if (existing != null) {
            existing.relabel(en, nb, pl);
        } else {
            repository.add(code, en, nb, pl);
        }
    }

    @Transactional
    public void setActive(Kind kind, String code, boolean active) {
        repository(kind).findById(code).ifPresent(t -> t.setActive(active));
    }
}
