package org.imcregistry.municipality;

import org.imcregistry.common.SqlValues;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partnerships by id, for features that show or check many at once (a competition's entries, the search index) and
 * so must not read the register's tables themselves: one query per kind, whatever the number of ids. Signed-in
 * people read the register ({@link PartnershipRegister}), so they read this too.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class PartnershipDirectory {

    private final NamedParameterJdbcTemplate jdbc;

    PartnershipDirectory(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Partnership id → name; unknown ids are left out. */
    @Transactional(readOnly = true)
    public Map<Long, String> names(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.query("select id, name from partnership where id in (" + SqlValues.idList(ids) + ")", Map.of(), rs -> {
                names.put(rs.getLong(1), rs.getString(2));
            });
        }
        return names;
    }

    /** Partnership id → its ties; a partnership with no members and no people has empty ties. */
    @Transactional(readOnly = true)
    public Map<Long, PartnershipTies> ties(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        String list = SqlValues.idList(ids);
        Map<Long, Map<Long, String>> members = new HashMap<>();
        jdbc.query("select pm.partnership_id, pm.municipality_id, m.country from partnership_member pm"
                + " join municipality m on m.id = pm.municipality_id where pm.partnership_id in (" + list + ")", Map.of(), rs -> {
                    members.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getLong(2), rs.getString(3));
                });
        Map<Long, Set<Long>> people = new HashMap<>();
        jdbc.query("select partnership_id, user_id from partnership_person where partnership_id in (" + list + ")", Map.of(), rs -> {
            people.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2));
        });
        Map<Long, PartnershipTies> ties = new HashMap<>();
        for (long id : Set.copyOf(ids)) {
            ties.put(id, new PartnershipTies(id, members.getOrDefault(id, Map.of()), people.getOrDefault(id, Set.of())));
        }
        return ties;
    }

    /**
     * Partnership id → the code of its legal form, for the search index's facet. Anyone: the facet shows the legal
     * forms to the public already, and the index is built with nobody signed in (at start, from the change log).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public Map<Long, String> legalForms(Collection<Long> ids) {
        Map<Long, String> forms = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.query("select id, legal_form from partnership where id in (" + SqlValues.idList(ids) + ")", Map.of(),
                    rs -> {
                        forms.put(rs.getLong(1), rs.getString(2));
                    });
        }
        return forms;
    }
}
