package org.imcregistry.assessment;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.imcregistry.security.AccountDirectory;
import org.springframework.stereotype.Component;

/** The names respondents are shown by: an account holder's display name, or the name the coordinator entered. */
@Component
class RespondentNames {

    /** Shown for a respondent whose name was removed (retention or erasure): missing, not blank. */
    static final String ANONYMISED = "—";

    private final AccountDirectory accounts;

    RespondentNames(AccountDirectory accounts) {
        this.accounts = accounts;
    }

    /** Respondent id → name, for all of them. */
    Map<Long, String> of(Collection<Respondent> respondents) {
        var holders = accounts.byIds(respondents.stream().map(Respondent::getUserId).filter(Objects::nonNull).toList());
        Map<Long, String> names = new HashMap<>();
        for (Respondent r : respondents) {
            names.put(r.getId(), r.hasAccount() && holders.containsKey(r.getUserId())
                    ? holders.get(r.getUserId()).displayName() : Objects.requireNonNullElse(r.getDisplayName(), ANONYMISED));
        }
        return names;
    }
}
