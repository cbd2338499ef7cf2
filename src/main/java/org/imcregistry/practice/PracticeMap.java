package org.imcregistry.practice;

import org.imcregistry.common.SqlValues;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.imcregistry.municipality.PartnershipStatus;
import org.imcregistry.municipality.Place;
import org.imcregistry.municipality.RegisterPlaces;
import org.imcregistry.search.Facet;
import org.imcregistry.search.PracticeSearch;
import org.imcregistry.search.SearchQuery;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;

/**
 * A search's result on the map. The records are those the search view lists for the same query (its filters and
 * words, every page), each placed once: at the municipality it names (the first by id that has coordinates), or else
 * at its partnership's place (the lead municipality's). A record with neither is found but not on the map. Signed-in
 * people also see the register's active partnerships, narrowed by the search's country and form-of-cooperation filters, the
 * two that describe a partnership; words, themes, goals, languages and years describe records and leave them be.
 */
@Service
public class PracticeMap {

    /** The most records a map places: the first of the search's order, best or newest first. */
    public static final int LIMIT = 5_000;

    /** A marker: the record or partnership it opens, its name, and the municipality it stands at. */
    public record Marker(long id, String title, String place, double latitude, double longitude) {
    }

    /** How many records the search found, the markers of those that have a place, and whether the map was cut. */
    public record Records(long found, List<Marker> markers, boolean cut) {
    }

    private record Located(long id, String title, @Nullable Long partnershipId, Set<Long> municipalities) {
    }

    private static final int BATCH = 1000;

    private final PracticeSearch search;
    private final RegisterPlaces places;
    private final NamedParameterJdbcTemplate jdbc;

    PracticeMap(PracticeSearch search, RegisterPlaces places, NamedParameterJdbcTemplate jdbc) {
        this.search = search;
        this.places = places;
        this.jdbc = jdbc;
    }

    /** The found records that have a place, in the search's order. */
    // Anyone searches the published records; only public ones are placed, whatever the index says.
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Records records(SearchQuery query) {
        PracticeSearch.Matches matches = search.matching(query, LIMIT);
        Map<Long, Located> records = located(matches.ids());
        Map<Long, Place> byMunicipality = places.municipalities(records.values().stream()
                .flatMap(r -> r.municipalities().stream()).toList());
        Map<Long, Place> byPartnership = places.partnerships(records.values().stream()
                .map(Located::partnershipId).filter(java.util.Objects::nonNull).toList());
        List<Marker> markers = new ArrayList<>();
        for (long id : matches.ids()) {
            Located record = records.get(id);
            if (record == null) {
                continue;
            }
            record.municipalities().stream().sorted().map(byMunicipality::get).filter(java.util.Objects::nonNull)
                    .findFirst().or(() -> Optional.ofNullable(record.partnershipId()).map(byPartnership::get))
                    .ifPresent(place -> markers.add(new Marker(id, record.title(), place.name(), place.latitude(),
                            place.longitude())));
        }
        return new Records(matches.total(), markers, matches.total() > matches.ids().size());
    }

    /**
     * The register's active partnerships that have a place, narrowed by the query's country and form filters, by name.
     * Dissolved ones stay in the register's list, not on a map of where cooperation is.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Marker> partnerships(SearchQuery query) {
        Set<String> countries = query.filters().getOrDefault(Facet.COUNTRY, Set.of());
        Set<String> forms = query.filters().getOrDefault(Facet.FORM, Set.of());
        return places.partnershipsOnMap().stream().filter(p -> p.status() == PartnershipStatus.ACTIVE)
                .filter(p -> countries.isEmpty() || p.countries().stream().anyMatch(countries::contains))
                .filter(p -> forms.isEmpty() || forms.contains(p.legalForm()))
                .map(p -> new Marker(p.id(), p.name(), p.place().name(), p.place().latitude(), p.place().longitude()))
                .toList();
    }

    /** Title, partnership and municipalities of the public records among these; the others are left out. */
    private Map<Long, Located> located(Collection<Long> ids) {
        List<Long> all = List.copyOf(ids);
        Map<Long, Located> found = new LinkedHashMap<>();
        for (int from = 0; from < all.size(); from += BATCH) {
            String list = SqlValues.idList(all.subList(from, Math.min(all.size(), from + BATCH)));
            Map<Long, Set<Long>> municipalities = new HashMap<>();
            jdbc.query("select m.practice_id, m.municipality_id from practice_municipality m"
                    + " where m.practice_id in (" + list + ")", Map.of(), rs -> {
                        municipalities.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(rs.getLong(2));
                    });
            jdbc.query("select p.id, p.title, p.partnership_id from practice p where p.id in (" + list + ") and "
                    + PublishedPracticeSource.PUBLIC, Map.of(), rs -> {
                        long id = rs.getLong(1);
                        long partnership = rs.getLong(3);
                        found.put(id, new Located(id, rs.getString(2), rs.wasNull() ? null : partnership,
                                municipalities.getOrDefault(id, Set.of())));
                    });
        }
        return found;
    }
}
