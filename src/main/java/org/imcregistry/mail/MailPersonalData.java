package org.imcregistry.mail;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imcregistry.common.PersonRef;
import org.imcregistry.common.PersonalDataHolder;
import org.imcregistry.common.PersonalText;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The outbox's part of a person's export and erasure: the mail written to them (with its text while it is kept)
 * and mail that names them. Erasing removes the address and the bodies, keeps the delivery record, and drops mail
 * still waiting to go to them.
 */
@Component
class MailPersonalData implements PersonalDataHolder {

    private final JdbcTemplate jdbc;

    MailPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "mail";
    }


    @Override
    public Map<String, Object> export(PersonRef person) {
        Map<String, Object> part = new LinkedHashMap<>();
        for (String address : person.addresses()) {
            part.put(address, jdbc.queryForList("select kind, recipient, language, subject, text_body, status,"
                    + " created_at, sent_at from outbox_message where lower(recipient) = ?", address));
        }
        part.put("mailNamingThem", PersonalText.rowsMentioning(jdbc, "outbox_message", "id",
                List.of("subject", "text_body"), person));
        return part;
    }

    @Override
    public int erase(PersonRef person) {
        int changed = 0;
        for (String address : person.addresses()) {
            changed += jdbc.update("delete from outbox_message where lower(recipient) = ? and status = ?", address,
                    MailStatus.QUEUED.name());
            changed += jdbc.update("update outbox_message set recipient = ?, text_body = '', html_body = '',"
                    + " list_unsubscribe = null, body_deleted_at = coalesce(body_deleted_at, created_at),"
                    + " version = version + 1 where lower(recipient) = ?", PersonalText.ERASED, address);
        }
        return changed + PersonalText.redactRows(jdbc, "outbox_message", "id",
                List.of("subject", "text_body", "html_body", "last_error"), person).size();
    }
}
