package org.imcregistry.municipality;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.imcregistry.common.InvalidInputException;
import org.imcregistry.common.Problem;
import org.imcregistry.common.UserFacingException;
import org.imcregistry.common.table.Table;
import org.imcregistry.common.table.TableReader;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports municipalities or partnerships from .xlsx/.csv in two steps: {@link #preview} reports every
 * row (ready, or refused and why) and writes nothing; {@link #write} writes the ready rows in one
 * transaction, so if anything fails while writing, nothing is written. Admins only.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class RegisterImport {

    private final MunicipalityDirectory directory;
    private final MunicipalityRepository municipalities;
    private final PartnershipRepository partnerships;
    private final PartnershipRules rules;
    private final Clock clock;

    RegisterImport(MunicipalityDirectory directory, MunicipalityRepository municipalities,
            PartnershipRepository partnerships, PartnershipRules rules, Clock clock) {
        this.directory = directory;
        this.municipalities = municipalities;
        this.partnerships = partnerships;
        this.rules = rules;
        this.clock = clock;
    }

    /** Reads and checks the file; refuses a file that is not what it claims or lacks required columns. */
    @Transactional(readOnly = true)
    public ImportPreview preview(ImportKind kind, String fileName, byte[] content) {
        Table table = TableReader.read(fileName, content);
        List<String> missing = kind.requiredColumns().stream().filter(c -> !table.headers().contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new UserFacingException("import.error.missing-columns", String.join(", ", missing),
                    String.join(", ", kind.columns()));
        }
        if (table.rows().isEmpty()) {
            throw new UserFacingException("import.error.no-rows");
        }
        List<ImportPreview.RowReport> reports = kind == ImportKind.MUNICIPALITIES ? municipalityRows(table)
                : partnershipRows(table);
        return new ImportPreview(kind, fileName, reports);
    }

    /**
     * Writes every ready row of the preview in one transaction, checking each again (the data may have
     * changed since the preview). One failure rolls back all of them. Returns how many were written.
     */
    @Transactional
    public int write(ImportPreview preview) {
        int written = 0;
        for (ImportPreview.RowReport row : preview.rows()) {
            if (!row.isReady()) {
                continue;
            }
            try {
                if (row.ready() instanceof MunicipalityData data) {
                    municipalities.saveAndFlush(new Municipality(directory.check(data, null)));
                } else if (row.ready() instanceof PartnershipDraft draft) {
                    Partnership partnership = new Partnership(clock.instant());
                    partnership.apply(rules.check(draft, null), clock.instant());
                    partnerships.saveAndFlush(partnership);
                }
            } catch (InvalidInputException e) {
                throw new UserFacingException("import.error.changed-since-preview", row.line(), row.label());
            }
            written++;
        }
        return written;
    }

    private List<ImportPreview.RowReport> municipalityRows(Table table) {
        List<ImportPreview.RowReport> reports = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Table.Row row : table.rows()) {
            List<Problem> problems = new ArrayList<>();
            MunicipalityLevel level = ImportCells.level(row.get("level"), problems);
            Integer population = ImportCells.integer(row.get("population"), "population", problems);
            Double latitude = ImportCells.decimal(row.get("latitude"), "latitude", problems);
            Double longitude = ImportCells.decimal(row.get("longitude"), "longitude", problems);
            MunicipalityData data = new MunicipalityData(row.get("country"), row.get("official_code"),
                    row.get("name"), row.get("region"), level, population, latitude, longitude).normalised();
            try {
                directory.check(data, null);
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
            if (!seen.add(data.reference())) {
                problems.add(Problem.of("official_code", "import.error.duplicate-in-file", data.reference()));
            }
            reports.add(new ImportPreview.RowReport(row.line(), ImportCells.label(data.name(), data.reference()),
                    problems, problems.isEmpty() ? data : null));
        }
        return reports;
    }

    private List<ImportPreview.RowReport> partnershipRows(Table table) {
        List<ImportPreview.RowReport> reports = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Table.Row row : table.rows()) {
            List<Problem> problems = new ArrayList<>();
            Integer year = ImportCells.integer(row.get("founding_year"), "founding_year", problems);
            LocalDate dissolvedOn = ImportCells.date(row.get("dissolved_on"), problems);
            PartnershipStatus status = ImportCells.status(row.get("status"), problems);
            List<PartnershipDraft.MemberDraft> members = members(row, problems);
            PartnershipDraft draft = new PartnershipDraft(row.get("name"), row.get("description"),
                    row.get("legal_form") == null ? null : row.get("legal_form").toUpperCase(Locale.ROOT),
                    ImportCells.codes(row.get("service_areas")), members, year, status, dissolvedOn, row.get("website"),
                    row.get("contact"));
            if (problems.isEmpty()) {
                try {
                    rules.check(draft, null);
                } catch (InvalidInputException e) {
                    problems.addAll(e.problems());
                }
            }
            String name = row.get("name");
            if (name != null && !seen.add(name.toLowerCase(Locale.ROOT))) {
                problems.add(Problem.of("name", "import.error.duplicate-in-file", name));
            }
            reports.add(new ImportPreview.RowReport(row.line(), ImportCells.label(name, null), problems,
                    problems.isEmpty() ? draft : null));
        }
        return reports;
    }

    /** The lead and the members, each written {@code NO:4640}; the lead need not be repeated in members. */
    private List<PartnershipDraft.MemberDraft> members(Table.Row row, List<Problem> problems) {
        List<PartnershipDraft.MemberDraft> members = new ArrayList<>();
        String lead = row.get("lead_municipality");
        Set<String> refs = new LinkedHashSet<>();
        if (lead != null) {
            refs.add(lead.strip());
        }
        refs.addAll(ImportCells.codesAsIs(row.get("members")));
        for (String ref : refs) {
            String[] parts = ref.split(":", 2);
            var municipality = parts.length == 2
                    ? municipalities.findByCountryAndOfficialCode(parts[0].strip().toUpperCase(Locale.ROOT),
                            parts[1].strip())
                    : java.util.Optional.<Municipality>empty();
            municipality.ifPresentOrElse(m -> members.add(new PartnershipDraft.MemberDraft(m.getId(),
                    ref.equals(lead == null ? null : lead.strip()) ? MemberRole.LEAD : MemberRole.MEMBER, null)),
                    () -> problems.add(Problem.of("members", "import.error.municipality-unknown", ref)));
        }
        return members;
    }
}
