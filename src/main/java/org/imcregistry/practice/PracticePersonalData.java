package org.imcregistry.practice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.imcregistry.common.PersonRef;
import org.imcregistry.common.PersonalDataHolder;
import org.imcregistry.common.PersonalText;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The registry's part of a person's export and erasure: records they wrote, records and sections that name them
 * (contributor, researcher, contact, photo credits, text), history entries they made or that name them, adoptions
 * they noted. Erasing replaces the name and address in those texts and writes the records to the change log, so
 * that every instance's search index forgets them too; the records stay, their author the anonymised account.
 */
@Component
class PracticePersonalData implements PersonalDataHolder {

    private static final List<String> RECORD_TEXTS = List.of("title", "contact", "contributor", "researcher",
            "photo_credits", "editor_comment", "keywords", "website");

    /** A photo's credit names its photographer; its text alternative may describe the people in it. */
    private static final List<String> PHOTO_TEXTS = List.of("credit", "alternative_text");

    private static final List<String> ATTACHMENT_TEXTS = List.of("file_name", "description");

    private final JdbcTemplate jdbc;

    PracticePersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "registry";
    }


    @Override
    public Map<String, Object> export(PersonRef person) {
        Map<String, Object> part = new LinkedHashMap<>();
        for (Long account : person.accountIds()) {
            part.put("recordsWritten", jdbc.queryForList("select id, title, status, created_at, updated_at"
                    + " from practice where author_id = ?", account));
            part.put("historyEntriesMade", jdbc.queryForList("select practice_id, at, action, comment"
                    + " from practice_history where actor_id = ?", account));
            part.put("adoptionsNoted", jdbc.queryForList("select practice_id, partnership_id, note, adopted_at"
                    + " from practice_adoption where adopted_by = ?", account));
        }
        part.put("recordsNamingThem", PersonalText.rowsMentioning(jdbc, "practice", "id", RECORD_TEXTS, person));
        part.put("sectionsNamingThem", PersonalText.rowsMentioning(jdbc, "practice_section", "practice_id, section",
                List.of("body"), person));
        part.put("historyNamingThem", PersonalText.rowsMentioning(jdbc, "practice_history", "id",
                List.of("comment", "changed"), person));
        part.put("adoptionsNamingThem", PersonalText.rowsMentioning(jdbc, "practice_adoption", "id",
                List.of("note"), person));
        part.put("photosNamingThem", PersonalText.rowsMentioning(jdbc, "practice_photo", "id",
                PHOTO_TEXTS, person));
        part.put("attachmentsNamingThem", PersonalText.rowsMentioning(jdbc, "practice_attachment", "id",
                ATTACHMENT_TEXTS, person));
        part.put("holds", PersonalText.rowsMentioning(jdbc, "practice_hold", "practice_id", List.of("holder"), person));
        return part;
    }

    @Override
    public int erase(PersonRef person) {
        Set<Long> changedRecords = new TreeSet<>();
        PersonalText.redactRows(jdbc, "practice", "id", RECORD_TEXTS, person).forEach(id -> changedRecords.add(
                ((Number) id).longValue()));
        PersonalText.redactRows(jdbc, "practice_section", List.of("practice_id", "section"), List.of("body"), person)
                .forEach(id -> changedRecords.add(((Number) id).longValue()));
        int changed = PersonalText.redactRows(jdbc, "practice_history", "id", List.of("comment", "changed"), person)
                .size();
        changed += PersonalText.redactRows(jdbc, "practice_adoption", "id", List.of("note"), person).size();
        changed += PersonalText.redactRows(jdbc, "practice_photo", "id", PHOTO_TEXTS, person).size();
        changed += PersonalText.redactRows(jdbc, "practice_attachment", "id", ATTACHMENT_TEXTS, person).size();
        // the search indexes hold the records' text: the change log makes every instance index them again
        changedRecords.forEach(id -> jdbc.update("insert into practice_change (practice_id) values (?)", id));
        return changed + changedRecords.size();
    }
}
