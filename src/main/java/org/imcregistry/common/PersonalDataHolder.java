package org.imcregistry.common;

import java.util.Map;

/**
 * A feature's part in a person's rights (GDPR Art. 15 and 17): each feature that keeps personal data implements this
 * for its own tables, and the privacy feature asks all of them, so that no feature reads another's tables. Called
 * by administrators' services only (the privacy feature checks access), in one transaction for all parts.
 */
public interface PersonalDataHolder {

    /** The name of this part in the export ({@code "accounts"}, {@code "assessment"}, …). */
    String part();

    /**
     * What this feature knows of who the query (a username or an e-mail address) names; none when nothing, as for
     * most features, which only keep what the accounts and respondents identify.
     */
    default PersonRef identify(String query, PersonRef known) {
        return PersonRef.none();
    }

    /** Everything this feature keeps about the person, as JSON-ready maps and lists (ISO 8601 times). */
    Map<String, Object> export(PersonRef person);

    /**
     * Removes the person from this feature's data: accounts and respondents anonymised, their name and address
     * replaced by {@link PersonalText#ERASED} in free text; answers, scores and records kept. Returns how many rows
     * changed, for the erasure log (which keeps counts, never the data).
     */
    int erase(PersonRef person);
}
