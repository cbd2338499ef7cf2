package org.imcregistry.assessment;

import org.jspecify.annotations.Nullable;
import org.imcregistry.common.UserFacingException;
import org.imcregistry.municipality.PartnershipAccess;
import org.imcregistry.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Confidentiality of rounds: a round is seen only by members of its partnership (and admins), run
 * only by its coordinators (and admins), and answered only by its own respondents.
 */
@Component
class RoundAccess {

    private final AssessmentRoundRepository rounds;
    private final RespondentRepository respondents;
    private final PartnershipAccess partnerships;
    private final CurrentUser currentUser;

    RoundAccess(AssessmentRoundRepository rounds, RespondentRepository respondents, PartnershipAccess partnerships,
            CurrentUser currentUser) {
        this.rounds = rounds;
        this.respondents = respondents;
        this.partnerships = partnerships;
        this.currentUser = currentUser;
    }

    AssessmentRound visible(long roundId) {
        AssessmentRound round = load(roundId);
        if (!partnerships.belongsTo(round.getPartnershipId()) && myRespondent(roundId) == null) {
            throw new AccessDeniedException("round " + roundId + " belongs to another partnership");
        }
        return round;
    }

    AssessmentRound coordinated(long roundId) {
        AssessmentRound round = load(roundId);
        partnerships.requireCanEdit(round.getPartnershipId());
        return round;
    }

    boolean coordinates(AssessmentRound round) {
        return partnerships.canEdit(round.getPartnershipId());
    }

    /** The signed-in person's place in the round as a respondent, or null. */
    @Nullable Respondent myRespondent(long roundId) {
        return currentUser.accountId().flatMap(id -> respondents.findByRoundIdAndUserId(roundId, id)).orElse(null);
    }

    Respondent requireRespondent(long roundId) {
        Respondent respondent = myRespondent(roundId);
        if (respondent == null) {
            throw new AccessDeniedException("not a respondent of round " + roundId);
        }
        return respondent;
    }

    private AssessmentRound load(long roundId) {
        return rounds.findById(roundId).orElseThrow(() -> new UserFacingException("round.error.not-found"));
    }
}
