package org.imcregistry.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.stereotype.Component;

/** Who gets a reminder: not submitted, links not withdrawn, reminders not switched off, none yet today (UTC). */
@Component
class Reminding {

    private final RespondentRepository respondents;
    private final RespondentMail mail;
    private final Clock clock;

    Reminding(RespondentRepository respondents, RespondentMail mail, Clock clock) {
        this.respondents = respondents;
        this.mail = mail;
        this.clock = clock;
    }

    /** Reminds those due in the round; returns how many were reminded. */
    int remindDue(AssessmentRound round) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        int reminded = 0;
        RespondentMail.RoundContext context = mail.context(round);
        for (Respondent r : respondents.findByRoundId(round.getId())) {
            boolean remindedToday = r.getLastReminderAt() != null
                    && r.getLastReminderAt().atZone(ZoneOffset.UTC).toLocalDate().equals(today);
            if (!r.isSubmitted() && !r.linksWithdrawn() && !r.isRemindersOff() && !remindedToday
                    && mail.remind(context, r)) {
                reminded++;
            }
        }
        return reminded;
    }

}
