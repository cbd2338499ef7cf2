package org.imcregistry.municipality;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The managed lists anyone may read: the public good-practice search shows their labels to visitors. */
@Service
public class PublicLists {

    private final PracticeThemeRepository practiceThemes;
    private final LegalFormRepository legalForms;
    private final PartnershipRepository partnerships;

    PublicLists(PracticeThemeRepository practiceThemes, LegalFormRepository legalForms,
            PartnershipRepository partnerships) {
        this.practiceThemes = practiceThemes;
        this.legalForms = legalForms;
        this.partnerships = partnerships;
    }

    /** A partnership's name, as a published good practice names the partnership involved. */
    // What the public search shows anyone.
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public java.util.Optional<String> partnershipName(long id) {
        return partnerships.findById(id).map(Partnership::getName);
    }

    /**
     * Partnership id → name, for the partnerships a published record shows (those adopting it); unknown ids are left
     * out. One query, whatever the number of ids.
     */
    // What a public record page shows anyone.
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Map<Long, String> partnershipNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            partnerships.findAllById(Set.copyOf(ids)).forEach(p -> names.put(p.getId(), p.getName()));
        }
        return names;
    }

    /** How many partnerships the register holds, for the front door's figures. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public long partnershipCount() {
        return partnerships.count();
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<Term> practiceThemes() {
        return practiceThemes.findAllByOrderByPosition().stream().map(ListTerm::term).toList();
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<Term> legalForms() {
        return legalForms.findAllByOrderByPosition().stream().map(ListTerm::term).toList();
    }
}
