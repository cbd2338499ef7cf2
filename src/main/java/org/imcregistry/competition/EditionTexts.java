package org.imcregistry.competition;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.imcregistry.common.MessageBundle;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.jspecify.annotations.Nullable;

/**
 * Writes an edition's criteria, eligibility rules and categories in the three languages: the defaults a new edition
 * starts with (from the message bundles, so each language reads its own), and what the manager typed. The old
 * single column keeps the first language's text, which every reader falls back to.
 */
@Component
class EditionTexts {

    static final int CRITERIA = 6;
    static final int RULES = 3;
    static final int CATEGORIES = 2;
    static final double[] DEFAULT_WEIGHTS = {20, 20, 15, 20, 15, 10};

    private final NamedParameterJdbcTemplate jdbc;

    EditionTexts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The European Public Sector Award's six criteria, three eligibility rules and two categories, in en, nb, pl. */
    void insertDefaults(long editionId, String first) {
        for (int i = 0; i < CRITERIA; i++) {
            insert("competition_criterion", "name", editionId, i, defaults("criterion", i + 1, first),
                    DEFAULT_WEIGHTS[i]);
        }
        for (int i = 0; i < RULES; i++) {
            insert("competition_rule", "text", editionId, i, defaults("eligibility", i + 1, first), null);
        }
        for (int i = 0; i < CATEGORIES; i++) {
            insert("competition_category", "name", editionId, i, defaults("category", i + 1, first), null);
        }
    }

    /** Replaces the categories and rules and renames the criteria, after checking every list at once. */
    void replace(long editionId, Edition edition, Editions.Texts texts) {
        List<String> firstNames = texts.categories().stream().map(EditionText::firstText).toList();
        List<String> firstRules = texts.rules().stream().map(EditionText::firstText).toList();
        SettingsCheck.lists(firstNames, firstRules);
        jdbc.update("delete from competition_category where edition_id = :e", Map.of("e", editionId));
        for (int i = 0; i < texts.categories().size(); i++) {
            insert("competition_category", "name", editionId, i, texts.categories().get(i), null);
        }
        jdbc.update("delete from competition_rule where edition_id = :e", Map.of("e", editionId));
        for (int i = 0; i < texts.rules().size(); i++) {
            insert("competition_rule", "text", editionId, i, texts.rules().get(i), null);
        }
        for (Edition.Criterion criterion : edition.criteria()) {
            EditionText name = texts.criteria().get(criterion.id());
            if (name != null) {
                MapSqlParameterSource values = columns(name, "name").addValue("c", criterion.id())
                        .addValue("e", editionId);
                jdbc.update("update competition_criterion set name = :first, name_en = :en, name_nb = :nb,"
                        + " name_pl = :pl where id = :c and edition_id = :e", values);
            }
        }
    }

    /** The edition's first language's text of each default, and its translations, from the bundles. */
    private static EditionText defaults(String kind, int number, String first) {
        Map<String, String> texts = new HashMap<>();
        for (String language : EditionText.LANGUAGES) {
            texts.put(language, MessageBundle.text("competition.default." + kind + "." + number,
                    Locale.forLanguageTag(language)));
        }
        return new EditionText(texts, first);
    }

    private void insert(String table, String column, long editionId, int position, EditionText text,
            @Nullable Double weight) {
        MapSqlParameterSource values = columns(text, column).addValue("e", editionId).addValue("p", position);
        String weightColumn = weight == null ? "" : ", weight";
        String weightValue = weight == null ? "" : ", :w";
        values.addValue("w", weight);
        jdbc.update("insert into " + table + " (edition_id, position, " + column + ", " + column + "_en, " + column
                + "_nb, " + column + "_pl" + weightColumn + ") values (:e, :p, :first, :en, :nb, :pl" + weightValue
                + ")", values);
    }

    private static MapSqlParameterSource columns(EditionText text, String column) {
        MapSqlParameterSource values = new MapSqlParameterSource().addValue("first", text.firstText());
        for (String language : EditionText.LANGUAGES) {
            values.addValue(language, text.exactly(language));
        }
        return values;
    }
}
