package org.imcregistry.search;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.imcregistry.common.InvalidInputException;
import org.imcregistry.common.Problem;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The glossary concepts editors add and correct in the app ({@code search_glossary_concept}), searched together with
 * the shipped glossary. An instance reads them at start-up and after each change made on it; other instances read
 * them at their next start ({@link GlossaryAtStartUp}).
 */
@Service
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
public class GlossaryConcepts {

    static final int MAX_CHARS = 500;

    /** One edited concept: each language's terms, alternatives separated by "|". */
    public record Entry(long id, String en, String nb, String pl) {
    }

    private final JdbcClient jdbc;
    private final PracticeSearch search;
    private final Clock clock;

    GlossaryConcepts(JdbcClient jdbc, PracticeSearch search, Clock clock) {
        this.jdbc = jdbc;
        this.search = search;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Entry> entries() {
        return read();
    }

    /** Adds a concept ({@code id} null) or changes one; at least two languages must have a term. */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    @Transactional
    public void save(@Nullable Long id, String en, String nb, String pl, @Nullable Long editor) {
        List<Problem> problems = new ArrayList<>();
        check(problems, "en", en);
        check(problems, "nb", nb);
        check(problems, "pl", pl);
        if (problems.isEmpty() && List.of(en, nb, pl).stream().filter(t -> !t.isBlank()).count() < 2) {
            problems.add(Problem.of("en", "glossary.two-languages"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (id == null) {
            jdbc.sql("insert into search_glossary_concept (terms_en, terms_nb, terms_pl, changed_by, changed_at)"
                    + " values (?, ?, ?, ?, ?)").params(java.util.Arrays.asList(en.strip(), nb.strip(), pl.strip(), editor,
                    java.sql.Timestamp.from(clock.instant()))).update();
        } else {
            jdbc.sql("update search_glossary_concept set terms_en = ?, terms_nb = ?, terms_pl = ?, changed_by = ?,"
                    + " changed_at = ? where id = ?").params(java.util.Arrays.asList(en.strip(), nb.strip(), pl.strip(), editor,
                    java.sql.Timestamp.from(clock.instant()), id)).update();
        }
        search.useEditedGlossary(read());
    }

    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    @Transactional
    public void delete(long id) {
        jdbc.sql("delete from search_glossary_concept where id = ?").param(id).update();
        search.useEditedGlossary(read());
    }

    private List<Entry> read() {
        return read(jdbc);
    }

    static List<Entry> read(JdbcClient jdbc) {
        return jdbc.sql("select id, terms_en, terms_nb, terms_pl from search_glossary_concept order by terms_en, id")
                .query((rs, n) -> new Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
    }

    private static void check(List<Problem> problems, String field, String terms) {
        if (terms.length() > MAX_CHARS) {
            problems.add(Problem.of(field, "glossary.too-long", MAX_CHARS));
        } else if (terms.contains(";")) {
            problems.add(Problem.of(field, "glossary.no-semicolon"));
        }
    }
}
