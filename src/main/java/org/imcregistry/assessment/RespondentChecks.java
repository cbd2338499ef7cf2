package org.imcregistry.assessment;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.imcregistry.common.MessageBundle;
import org.imcregistry.common.Problem;
import org.imcregistry.common.SupportedLocales;
import org.imcregistry.common.Text;
import org.imcregistry.common.UserFacingException;
import org.imcregistry.mail.Outbox;
import org.imcregistry.municipality.MunicipalitySummary;
import org.imcregistry.municipality.PartnershipRegister;
import org.springframework.stereotype.Component;

/**
 * What makes a respondent acceptable: a name, an address that can receive mail and is not asked twice in the
 * round, a member municipality, a known group and language. Used for one person, and row by row for a list.
 */
@Component
class RespondentChecks {

    static final int MAX_PER_IMPORT = 1_000;

    private final RespondentRepository respondents;
    private final PartnershipRegister register;

    RespondentChecks(RespondentRepository respondents, PartnershipRegister register) {
        this.respondents = respondents;
        this.register = register;
    }

    /** The person, cleaned, or a refusal naming the first thing wrong. */
    NewRespondent valid(AssessmentRound round, NewRespondent person, List<NewRespondent> alsoAdded, Set<Long> members) {
        List<Problem> problems = new ArrayList<>();
        NewRespondent clean = clean(person);
        problems.addAll(problems(round, clean, members));
        if (clean.email() != null && alsoAdded.stream().anyMatch(p -> clean.email().equalsIgnoreCase(p.email()))) {
            problems.add(Problem.of("email", "respondents.error.duplicate", clean.email()));
        }
        if (!problems.isEmpty()) {
            throw new UserFacingException(problems.getFirst().messageKey(), problems.getFirst().argumentArray());
        }
        return clean;
    }

    /** The round's member municipalities, which respondents speak for. */
    Set<Long> members(AssessmentRound round) {
        Set<Long> members = new HashSet<>();
        register.details(round.getPartnershipId()).members().forEach(m -> members.add(m.municipality().id()));
        return members;
    }

    RespondentImportReport report(AssessmentRound round, @Nullable String fileName, byte @Nullable [] file,
            @Nullable String pasted,
            List<MunicipalitySummary> municipalities, RespondentList.Defaults defaults) {
        List<RespondentList.Line> lines = file != null ? RespondentList.fromFile(fileName, file)
                : RespondentList.fromText(pasted);
        if (lines.isEmpty()) {
            throw new UserFacingException("respondents.error.empty-list");
        }
        if (lines.size() > MAX_PER_IMPORT) {
            throw new UserFacingException("respondents.error.too-many", MAX_PER_IMPORT);
        }
        Set<Long> members = new HashSet<>();
        municipalities.forEach(m -> members.add(m.id()));
        Map<String, Integer> seen = new HashMap<>();
        List<RespondentImportReport.Row> rows = new ArrayList<>();
        for (RespondentList.Line line : lines) {
            List<Problem> problems = new ArrayList<>();
            Long municipality = line.municipality() == null ? defaults.municipalityId()
                    : municipality(line.municipality(), municipalities).orElse(null);
            if (line.municipality() != null && municipality == null) {
                problems.add(Problem.of("municipality", "respondents.error.municipality-unknown", line.municipality()));
            }
            RespondentGroup group = line.group() == null ? defaults.group() : group(line.group());
            if (group == null) {
                problems.add(Problem.of("group", "respondents.error.group",
                        Objects.requireNonNull(line.group(), "only a given group can be unreadable")));
            }
            Locale language = line.language() == null ? defaults.language() : language(line.language());
            if (language == null) {
                problems.add(Problem.of("language", "respondents.error.language",
                        Objects.requireNonNull(line.language(), "only a given language can be unreadable")));
            }
            NewRespondent person = clean(new NewRespondent(line.name(), line.email(), municipality,
                    group == null ? RespondentGroup.OTHER : group, language == null ? Locale.ENGLISH : language));
            boolean unknownMunicipality = !problems.isEmpty() && problems.getFirst().field().equals("municipality");
            problems(round, person, members).stream()
                    .filter(p -> !(unknownMunicipality && p.field().equals("municipality")))
                    .forEach(problems::add);
            String email = person.email();
            Integer first = email == null ? null : seen.putIfAbsent(email.toLowerCase(Locale.ROOT),
                    line.number());
            if (email != null && first != null) {
                problems.add(Problem.of("email", "respondents.error.duplicate-line", email, first));
            }
            String label = (person.name() == null ? "" : person.name()) + " <" + (person.email() == null ? ""
                    : person.email()) + ">";
            rows.add(new RespondentImportReport.Row(line.number(), label, problems,
                    problems.isEmpty() ? person : null));
        }
        return new RespondentImportReport(rows);
    }

    private List<Problem> problems(AssessmentRound round, NewRespondent p, Set<Long> members) {
        List<Problem> problems = new ArrayList<>();
        if (p.name() == null || p.name().isEmpty() || p.name().length() > 200) {
            problems.add(Problem.of("name", "respondents.error.name"));
        }
        String email = p.email();
        if (email == null || !Outbox.isAddress(email)) {
            problems.add(Problem.of("email", "mail.error.address", email == null ? "" : email));
        } else if (respondents.existsByRoundIdAndEmailIgnoreCase(round.getId(), email)) {
            problems.add(Problem.of("email", "respondents.error.already-asked", email));
        }
        if (p.municipalityId() == null || !members.contains(p.municipalityId())) {
            problems.add(Problem.of("municipality", "respondents.error.municipality"));
        }
        return problems;
    }

    private static NewRespondent clean(NewRespondent p) {
        String name = p.name() == null ? null : Text.withoutControlCharacters(p.name()).strip();
        String email = p.email() == null ? null : p.email().strip();
        return new NewRespondent(name, email, p.municipalityId(), p.group() == null ? RespondentGroup.OTHER : p.group(),
                SupportedLocales.closest(p.language()));
    }

    private static Optional<Long> municipality(String text, List<MunicipalitySummary> municipalities) {
        return municipalities.stream().filter(m -> m.name().equalsIgnoreCase(text)
                || (m.country() + ":" + m.officialCode()).equalsIgnoreCase(text)
                || text.equalsIgnoreCase(m.officialCode())).map(MunicipalitySummary::id).findFirst();
    }

    /** The group by its name (OFFICIAL) or its label in any of the three languages (Councillor, Radny, …). */
    private static @Nullable RespondentGroup group(String text) {
        for (RespondentGroup group : RespondentGroup.values()) {
            if (group.name().equalsIgnoreCase(text) || SupportedLocales.ALL.stream().anyMatch(l ->
                    MessageBundle.text("respondent.group." + group.name(), l).equalsIgnoreCase(text))) {
                return group;
            }
        }
        return null;
    }

    private static @Nullable Locale language(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "en", "english", "engelsk", "angielski" -> SupportedLocales.ENGLISH;
            case "nb", "no", "nn", "norsk", "norwegian", "norweski", "bokmål" -> SupportedLocales.NORWEGIAN_BOKMAL;
            case "pl", "polish", "polski", "polsk" -> SupportedLocales.POLISH;
            default -> null;
        };
    }
}
