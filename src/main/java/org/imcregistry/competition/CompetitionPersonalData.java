package org.imcregistry.competition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imcregistry.common.PersonRef;
import org.imcregistry.common.PersonalDataHolder;
import org.imcregistry.common.PersonalText;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The competitions' part of a person's export and erasure: their places on juries, assignments and scores with
 * comments, and audit entries they caused or that name them. Erasing keeps the scores (the results must hold) and
 * replaces the name in the texts; the juror is then the anonymised account.
 */
@Component
class CompetitionPersonalData implements PersonalDataHolder {

    private final JdbcTemplate jdbc;

    CompetitionPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "competitions";
    }


    @Override
    public Map<String, Object> export(PersonRef person) {
        Map<String, Object> part = new LinkedHashMap<>();
        for (Long account : person.accountIds()) {
            part.put("juries", jdbc.queryForList("select edition_id from competition_juror where user_id = ?",
                    Long.class, account));
            part.put("assignments", jdbc.queryForList("select id, entry_id, status, conflict_reason, submitted_at"
                    + " from competition_assignment where juror_id = ?", account));
            part.put("scores", jdbc.queryForList("select s.assignment_id, s.criterion_id, s.score, s.comment"
                    + " from competition_score s join competition_assignment a on a.id = s.assignment_id"
                    + " where a.juror_id = ?", account));
            part.put("auditEntriesCaused", jdbc.queryForList("select edition_id, at, action, detail"
                    + " from competition_audit where actor_id = ?", account));
        }
        part.put("auditNamingThem", PersonalText.rowsMentioning(jdbc, "competition_audit", "id", List.of("detail"),
                person));
        part.put("scoresNamingThem", PersonalText.rowsMentioning(jdbc, "competition_score",
                "assignment_id, criterion_id", List.of("comment"), person));
        part.put("entriesNamingThem", PersonalText.rowsMentioning(jdbc, "competition_entry", "id",
                List.of("eligibility_reason", "override_reason"), person));
        return part;
    }

    @Override
    public int erase(PersonRef person) {
        return PersonalText.redactRows(jdbc, "competition_audit", "id", List.of("detail"), person).size()
                + PersonalText.redactRows(jdbc, "competition_score", List.of("assignment_id", "criterion_id"),
                        List.of("comment"), person).size()
                + PersonalText.redactRows(jdbc, "competition_entry", "id",
                        List.of("eligibility_reason", "override_reason"), person).size()
                + PersonalText.redactRows(jdbc, "competition_assignment", "id", List.of("conflict_reason"), person)
                        .size();
    }
}
