package org.imcregistry.municipality;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.imcregistry.common.DemoData;
import org.imcregistry.security.InitialAccounts;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A handful of real-world-like partnerships in Norway and Poland (the Sogn region of seed 003 among
 * them), with the demo coordinator and member linked. Official codes follow the national schemes;
 * the data is illustrative, not authoritative.
 */
@Component
@Order(10)
class RegisterDemoData implements DemoData {

    private final MunicipalityRepository municipalities;
    private final PartnershipRepository partnerships;
    private final PartnershipPersonRepository people;
    private final PartnershipRules rules;
    private final InitialAccounts accounts;
    private final java.time.Clock clock;
    private final Map<String, Long> ids = new HashMap<>();

    RegisterDemoData(MunicipalityRepository municipalities, PartnershipRepository partnerships,
            PartnershipPersonRepository people, PartnershipRules rules, InitialAccounts accounts,
            java.time.Clock clock) {
        this.municipalities = municipalities;
        this.partnerships = partnerships;
        this.people = people;
        this.rules = rules;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void create() {
        municipalitiesOfNorway();
        municipalitiesOfPoland();
        long sognRegionalCouncil = partnership("Sogn regionråd",
                "A cooperative organisation for seven municipalities in Sogn: business development, competence, "
                        + "quality of living and infrastructure. Runs the project 'Sogn for all' on the integration "
                        + "of immigrants.",
                "NO_POLITICAL_COUNCIL", Set.of("ECONOMIC_DEVELOPMENT", "INTEGRATION", "PLANNING"), 1992, null,
                "Sogndal", "Aurland", "Lærdal", "Årdal", "Luster", "Vik", "Høyanger");
        partnership("Sogn brann og redning IKS", "Fire and rescue service owned by five municipalities in Sogn.",
                "NO_IKS", Set.of("FIRE_RESCUE"), 2017, null, "Sogndal", "Luster", "Lærdal", "Aurland", "Årdal");
        partnership("BIR AS", "Waste collection and treatment company owned by eight municipalities in the Bergen "
                + "region.", "NO_LIMITED_COMPANY", Set.of("WASTE", "ENVIRONMENT"), 2002, null, "Bergen", "Askøy",
                "Øygarden", "Bjørnafjorden", "Samnanger", "Osterøy", "Vaksdal", "Modalen");
        partnership("Barnevernstenesta i Lærdal og Årdal", "Child welfare with Årdal as host municipality; ended "
                + "when both municipalities joined a larger cooperation.", "NO_HOST_MUNICIPALITY",
                Set.of("SOCIAL_CARE"), 2011, LocalDate.of(2019, 12, 31), "Årdal", "Lærdal");
        long metropolis = partnership("Stowarzyszenie Metropolia Krakowska",
                "Association of local governments of the Kraków functional area: transport, spatial planning and "
                        + "joint EU projects.",
                "PL_ASSOCIATION_OF_LOCAL_GOVERNMENTS", Set.of("TRANSPORT", "PLANNING", "ECONOMIC_DEVELOPMENT"), 2014, null,
                "Kraków", "Wieliczka", "Skawina", "Niepołomice", "Zielonki", "Zabierzów", "Michałowice", "Liszki");
        partnership("Związek Gmin Dorzecza Wisłoki", "Intermunicipal union for water supply and sewage along the "
                + "Wisłoka river.", "PL_INTERMUNICIPAL_UNION", Set.of("WATER", "ENVIRONMENT"), 1996, null, "Dębica",
                "Pilzno", "Jasło", "Brzostek");
        partnership("ZIT Bydgosko-Toruńskiego Obszaru Funkcjonalnego", "Integrated territorial investments of the "
                + "Bydgoszcz-Toruń functional area.", "PL_ZIT", Set.of("TRANSPORT", "ECONOMIC_DEVELOPMENT"), 2015, null,
                "Bydgoszcz", "Toruń", "Solec Kujawski", "Białe Błota");
        link("coordinator", sognRegionalCouncil, PersonRole.COORDINATOR, "Sogndal");
        link("member", metropolis, PersonRole.MEMBER, "Kraków");
    }

    private void municipalitiesOfNorway() {
        String sogn = "Vestland";
        for (String[] m : List.of(new String[] {"4640", "Sogndal", "12200"}, new String[] {"4641", "Aurland", "1800"},
                new String[] {"4642", "Lærdal", "2150"}, new String[] {"4643", "Årdal", "5200"},
                new String[] {"4644", "Luster", "5300"}, new String[] {"4639", "Vik", "2600"},
                new String[] {"4638", "Høyanger", "4100"}, new String[] {"4601", "Bergen", "291000"},
                new String[] {"4627", "Askøy", "30000"}, new String[] {"4626", "Øygarden", "39000"},
                new String[] {"4624", "Bjørnafjorden", "25500"}, new String[] {"4623", "Samnanger", "2500"},
                new String[] {"4630", "Osterøy", "8100"}, new String[] {"4628", "Vaksdal", "3900"},
                new String[] {"4629", "Modalen", "390"})) {
            municipality("NO", m[0], m[1], sogn, Integer.valueOf(m[2]));
        }
    }

    private void municipalitiesOfPoland() {
        for (String[] m : List.of(new String[] {"1261011", "Kraków", "małopolskie", "804000"},
                new String[] {"1219064", "Wieliczka", "małopolskie", "67000"},
                new String[] {"1206114", "Skawina", "małopolskie", "44000"},
                new String[] {"1219044", "Niepołomice", "małopolskie", "30000"},
                new String[] {"1206162", "Zielonki", "małopolskie", "25000"},
                new String[] {"1206152", "Zabierzów", "małopolskie", "27000"},
                new String[] {"1206072", "Michałowice", "małopolskie", "11000"},
                new String[] {"1206052", "Liszki", "małopolskie", "18000"},
                new String[] {"1803011", "Dębica", "podkarpackie", "44000"},
                new String[] {"1803054", "Pilzno", "podkarpackie", "18000"},
                new String[] {"1805011", "Jasło", "podkarpackie", "34000"},
                new String[] {"1803024", "Brzostek", "podkarpackie", "13000"},
                new String[] {"0461011", "Bydgoszcz", "kujawsko-pomorskie", "330000"},
                new String[] {"0463011", "Toruń", "kujawsko-pomorskie", "195000"},
                new String[] {"0403064", "Solec Kujawski", "kujawsko-pomorskie", "15000"},
                new String[] {"0403011", "Białe Błota", "kujawsko-pomorskie", "22000"})) {
            municipality("PL", m[0], m[1], m[2], Integer.valueOf(m[3]));
        }
    }

    private void municipality(String country, String code, String name, String region, int population) {
        Municipality municipality = municipalities.save(new Municipality(new MunicipalityData(country, code, name,
                region, MunicipalityLevel.MUNICIPALITY, population)));
        ids.put(name, municipality.getId());
    }

    /** The first municipality named is the lead. */
    private long partnership(String name, String description, String form, Set<String> areas, int founded,
            @Nullable LocalDate dissolvedOn, String... members) {
        List<PartnershipDraft.MemberDraft> drafts = new java.util.ArrayList<>();
        for (int i = 0; i < members.length; i++) {
            drafts.add(new PartnershipDraft.MemberDraft(Objects.requireNonNull(ids.get(members[i]), members[i]),
                    i == 0 ? MemberRole.LEAD : MemberRole.MEMBER, LocalDate.of(founded, 1, 1)));
        }
        Partnership partnership = new Partnership(clock.instant());
        partnership.apply(rules.check(new PartnershipDraft(name, description, form, areas, drafts, founded,
                dissolvedOn == null ? PartnershipStatus.ACTIVE : PartnershipStatus.DISSOLVED, dissolvedOn, null, null),
                null), clock.instant());
        return partnerships.save(partnership).getId();
    }

    private void link(String username, long partnershipId, PersonRole role, String municipality) {
        accounts.idOf(username).ifPresent(id -> people.save(new PartnershipPerson(partnershipId, id, role)));
        accounts.representing(username, Objects.requireNonNull(ids.get(municipality), municipality));
    }
}
