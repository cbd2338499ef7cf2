package org.imcregistry.assessment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.imcregistry.common.PersonRef;
import org.imcregistry.common.PersonalDataHolder;
import org.imcregistry.common.PersonalText;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The self-assessments' part of a person's export and erasure: their places as respondents (by account or by
 * address) with their answers, consensus decisions they took, and action items or texts that name them. Erasing
 * anonymises a respondent without an account as retention does, and replaces the name in the free texts; answers
 * and scores stay, so that results and the benchmark hold.
 */
@Component
class RespondentPersonalData implements PersonalDataHolder {

    private static final String RESPONDENTS = "select id, round_id, user_id, display_name, email, language,"
            + " respondent_group, municipality_id, invited_at, opened_at, submitted_at, anonymised_at"
            + " from round_respondent";

    private final JdbcTemplate jdbc;
    private final RespondentRetention retention;
    private final Clock clock;

    RespondentPersonalData(JdbcTemplate jdbc, RespondentRetention retention, Clock clock) {
        this.jdbc = jdbc;
        this.retention = retention;
        this.clock = clock;
    }

    @Override
    public String part() {
        return "assessment";
    }

    @Override
    public PersonRef identify(String query, PersonRef known) {
        Set<String> names = new TreeSet<>();
        Set<String> addresses = new TreeSet<>();
        List<String> asked = new ArrayList<>(known.addresses());
        asked.add(query.strip().toLowerCase(Locale.ROOT));
        for (String address : asked) {
            for (Map<String, Object> row : jdbc.queryForList("select display_name, email from round_respondent"
                    + " where lower(email) = ?", address)) {
                addresses.add((String) row.get("EMAIL"));
                if (row.get("DISPLAY_NAME") != null) {
                    names.add((String) row.get("DISPLAY_NAME"));
                }
            }
        }
        return new PersonRef(Set.of(), names, addresses);
    }

    private List<Long> respondentIds(PersonRef person) {
        List<Long> ids = new ArrayList<>();
        for (String address : person.addresses()) {
            ids.addAll(jdbc.queryForList("select id from round_respondent where lower(email) = ?", Long.class, address));
        }
        for (Long account : person.accountIds()) {
            ids.addAll(jdbc.queryForList("select id from round_respondent where user_id = ?", Long.class, account));
        }
        return ids.stream().distinct().toList();
    }

    @Override
    public Map<String, Object> export(PersonRef person) {
        Map<String, Object> part = new LinkedHashMap<>();
        List<Map<String, Object>> respondents = new ArrayList<>();
        for (Long id : respondentIds(person)) {
            Map<String, Object> respondent = new LinkedHashMap<>(jdbc.queryForMap(RESPONDENTS + " where id = ?", id));
            respondent.put("ANSWERS", jdbc.queryForList("select criterion_key, answer_value, ticked, evidence,"
                    + " evidence_link, updated_at from round_answer where respondent_id = ?", id));
            respondents.add(respondent);
        }
        part.put("respondents", respondents);
        List<Map<String, Object>> decisions = new ArrayList<>();
        for (Long account : person.accountIds()) {
            decisions.addAll(jdbc.queryForList("select round_id, criterion_key, answer_value, rationale, decided_at"
                    + " from round_consensus where decided_by = ?", account));
        }
        part.put("consensusDecisions", decisions);
        part.put("answersNamingThem", PersonalText.rowsMentioning(jdbc, "round_answer", "id",
                List.of("evidence", "evidence_link"), person));
        part.put("consensusNamingThem", PersonalText.rowsMentioning(jdbc, "round_consensus", "id",
                List.of("rationale"), person));
        part.put("actionItemsNamingThem", PersonalText.rowsMentioning(jdbc, "action_item", "id",
                List.of("action_text", "owner"), person));
        return part;
    }

    @Override
    public int erase(PersonRef person) {
        int changed = 0;
        for (Long id : respondentIds(person)) {
            Long account = jdbc.queryForObject("select user_id from round_respondent where id = ?", Long.class, id);
            if (account == null) {
                retention.anonymise(id, clock.instant());
            } else {
                jdbc.update("delete from respondent_link where respondent_id = ?", id);
                jdbc.update("update round_respondent set email = null, display_name = null where id = ?", id);
            }
            changed++;
        }
        changed += PersonalText.redactRows(jdbc, "round_answer", "id", List.of("evidence", "evidence_link"), person)
                .size();
        changed += PersonalText.redactRows(jdbc, "round_consensus", "id", List.of("rationale"), person).size();
        changed += PersonalText.redactRows(jdbc, "action_item", "id", List.of("action_text", "owner"), person).size();
        return changed;
    }
}
