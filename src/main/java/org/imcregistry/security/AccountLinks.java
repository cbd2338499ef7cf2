package org.imcregistry.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.imcregistry.common.SecretTokens;
import org.springframework.stereotype.Component;

/**
 * Issues and finds personal links. Issuing one withdraws the account's older open links of the same purpose, so
 * only the newest mail works; finding one goes by the token's hash and compares it again in constant time.
 * Called by the services of this package inside their transactions, which decide who may do what.
 */
@Component
class AccountLinks {

    private final AccountLinkRepository links;
    private final Clock clock;

    AccountLinks(AccountLinkRepository links, Clock clock) {
        this.links = links;
        this.clock = clock;
    }

    /** A new link's token, to be put in a mail and nowhere else; only its hash is stored. */
    String issue(UserAccount account, LinkPurpose purpose) {
        Instant now = clock.instant();
        links.revokeOpen(account.getId(), purpose, now);
        String token = SecretTokens.newToken();
        links.save(new AccountLink(account.getId(), purpose, SecretTokens.hash(token), now));
        return token;
    }

    /** The link a token belongs to, if it is one of ours for this purpose; a malformed token costs no lookup. */
    Optional<AccountLink> find(String token, LinkPurpose purpose) {
        if (!SecretTokens.wellFormed(token)) {
            return Optional.empty();
        }
        return links.findByTokenHash(SecretTokens.hash(token))
                .filter(link -> SecretTokens.matches(token, link.getTokenHash()))
                .filter(link -> link.getPurpose() == purpose);
    }

    /** Marks the link used and withdraws the account's other open links; false if someone used it first. */
    boolean use(AccountLink link) {
        Instant now = clock.instant();
        if (links.markUsed(link.getId(), now) == 0) {
            return false;
        }
        links.revokeOpen(link.getAccountId(), null, now);
        return true;
    }

    void revokeOpen(UserAccount account, LinkPurpose purpose) {
        links.revokeOpen(account.getId(), purpose, clock.instant());
    }

    long issuedSince(UserAccount account, LinkPurpose purpose, Instant since) {
        return links.countByAccountIdAndPurposeAndCreatedAtAfter(account.getId(), purpose, since);
    }

    /**
     * The invitation status of each account that has one: those invited by link that have not yet chosen a
     * password with any link. Accounts that have (or were made before invitations went by link) are left out.
     */
    Map<Long, InvitationStatus> invitationStatuses(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        Instant now = clock.instant();
        Map<Long, List<AccountLink>> byAccount = links.findByAccountIdIn(accountIds).stream()
                .collect(Collectors.groupingBy(AccountLink::getAccountId));
        Map<Long, InvitationStatus> statuses = new HashMap<>();
        byAccount.forEach((accountId, ofAccount) -> {
            if (ofAccount.stream().anyMatch(AccountLink::wasUsed)) {
                return;
            }
            ofAccount.stream().filter(l -> l.getPurpose() == LinkPurpose.INVITATION)
                    .max(Comparator.comparing(AccountLink::getCreatedAt).thenComparing(AccountLink::getId))
                    .map(latest -> switch (latest.stateAt(now)) {
                        case VALID -> InvitationStatus.PENDING;
                        case EXPIRED -> InvitationStatus.EXPIRED;
                        default -> InvitationStatus.REVOKED;
                    })
                    .ifPresent(status -> statuses.put(accountId, status));
        });
        return statuses;
    }

    Optional<InvitationStatus> invitationStatus(UserAccount account) {
        return Optional.ofNullable(invitationStatuses(List.of(account.getId())).get(account.getId()));
    }
}
