package org.imcregistry.municipality;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imcregistry.common.PersonRef;
import org.imcregistry.common.PersonalDataHolder;
import org.imcregistry.common.PersonalText;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The register's part of a person's export and erasure: the partnerships they belong to (and as what), and
 * partnerships whose contact or description names them; erasing replaces the name and address there.
 */
@Component
class RegisterPersonalData implements PersonalDataHolder {

    private static final List<String> TEXTS = List.of("contact", "description");

    private final JdbcTemplate jdbc;

    RegisterPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "register";
    }


    @Override
    public Map<String, Object> export(PersonRef person) {
        Map<String, Object> part = new LinkedHashMap<>();
        for (Long account : person.accountIds()) {
            part.put("partnershipRoles", jdbc.queryForList("select p.partnership_id, pa.name, p.person_role"
                    + " from partnership_person p join partnership pa on pa.id = p.partnership_id where p.user_id = ?",
                    account));
        }
        part.put("partnershipsNamingThem", PersonalText.rowsMentioning(jdbc, "partnership", "id", TEXTS, person));
        return part;
    }

    @Override
    public int erase(PersonRef person) {
        return PersonalText.redactRows(jdbc, "partnership", "id", TEXTS, person).size();
    }
}
