package org.imcregistry.municipality;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.imcregistry.common.table.TableWriter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The (filtered) register as an .xlsx workbook, with labels in the reader's language. */
@Service
@PreAuthorize("isAuthenticated()")
public class RegisterExport {

    private static final int BATCH = 500;

    private final PartnershipRegister register;

    RegisterExport(PartnershipRegister register) {
        this.register = register;
    }

    /**
     * Every partnership the filter finds, one row each, read page by page. {@code texts} translates
     * message keys (the view's {@code getTranslation}), so headers and statuses speak the user's language.
     */
    @Transactional(readOnly = true)
    public byte[] workbook(RegisterFilter filter, Locale locale, Function<String, String> texts) {
        List<List<?>> rows = new ArrayList<>();
        for (int offset = 0;; offset += BATCH) {
            List<PartnershipRow> page = register.find(filter, offset, BATCH);
            page.forEach(p -> rows.add(row(p, locale, texts)));
            if (page.size() < BATCH) {
                break;
            }
        }
        List<String> headers = COLUMNS.stream().map(c -> texts.apply("register.column." + c)).toList();
        try (TableWriter writer = new TableWriter()) {
            return writer.sheet(texts.apply("register.sheet"), headers, rows).toBytes();
        }
    }

    /** The export's columns, in order; headers are message keys {@code register.column.<name>}. */
    public static final List<String> COLUMNS = List.of("name", "legal-form", "service-areas", "lead", "members",
            "member-count", "countries", "founding-year", "status", "dissolved-on", "website", "contact");

    private static List<?> row(PartnershipRow p, Locale locale, Function<String, String> texts) {
        return java.util.Arrays.asList(p.name(), p.legalForm().label(locale),
                String.join("; ", p.serviceAreas().stream().map(t -> t.label(locale)).toList()), p.leadName(),
                String.join("; ", p.memberNames()), p.memberCount(), String.join(", ", p.countries()),
                p.foundingYear(), texts.apply("partnership.status." + p.status().name()), p.dissolvedOn(), p.website(), p.contact());
    }
}
