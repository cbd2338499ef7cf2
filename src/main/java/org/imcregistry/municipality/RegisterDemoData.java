package org.imcregistry.municipality;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.imcregistry.common.ClasspathFiles;
import org.imcregistry.common.DemoData;
import org.imcregistry.common.Problem;
import org.imcregistry.common.table.Table;
import org.imcregistry.common.table.TableReader;
import org.imcregistry.security.InitialAccounts;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A handful of real-world-like partnerships in Norway and Poland (the Sogn region of seed 003 among
 * them), with the demo coordinator and member linked, and the municipalities of the demo's good practices. Official
 * codes follow the national schemes and the coordinates are the real centres; the rest is illustrative, not
 * authoritative.
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
        municipalities();
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

    /**
     * The demo's municipalities with their real centres, from {@code demo/municipalities.csv}: a file in the register
     * import's own format, read by the same cells, so it doubles as an example of an import file.
     */
    private void municipalities() {
        org.springframework.core.io.Resource file = ClasspathFiles.find("demo/municipalities.csv").getFirst();
        Table table = TableReader.read("municipalities.csv", ClasspathFiles.read(file).getBytes(StandardCharsets.UTF_8));
        for (Table.Row row : table.rows()) {
            List<Problem> problems = new ArrayList<>();
            MunicipalityData data = new MunicipalityData(row.get("country"), row.get("official_code"), row.get("name"),
                    row.get("region"), ImportCells.level(row.get("level"), problems),
                    ImportCells.integer(row.get("population"), "population", problems),
                    ImportCells.decimal(row.get("latitude"), "latitude", problems),
                    ImportCells.decimal(row.get("longitude"), "longitude", problems)).normalised();
            if (!problems.isEmpty()) {
                throw new IllegalStateException("demo/municipalities.csv line " + row.line() + ": " + problems);
            }
            ids.put(data.name(), municipalities.save(new Municipality(data)).getId());
        }
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
