package org.imcregistry.municipality;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the register's municipalities and partnerships are on the map. A municipality's place is its centre, once its
 * coordinates are given; a partnership's is its lead municipality's, or while the lead has none, that of its first
 * member by name that has one. Whatever has no place is left out, never guessed.
 */
@Service
public class RegisterPlaces {

    /** A partnership on the map, with what the map's layer is narrowed by. */
    public record PartnershipPlace(long id, String name, String legalForm, Set<String> countries,
            PartnershipStatus status, Place place) {
    }

    /** How many ids one query asks for; the rest go in further queries. */
    private static final int BATCH = 1000;

    private final MunicipalityRepository municipalities;
    private final PartnershipRepository partnerships;

    RegisterPlaces(MunicipalityRepository municipalities, PartnershipRepository partnerships) {
        this.municipalities = municipalities;
        this.partnerships = partnerships;
    }

    /** The places of these municipalities; those without coordinates, and unknown ids, are left out. */
    // A municipality's centre is public geography, and a published record names its municipality to anyone.
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Map<Long, Place> municipalities(Collection<Long> ids) {
        return batched(ids, municipalities::findAllById).stream().map(Municipality::place).flatMap(Optional::stream)
                .collect(Collectors.toMap(Place::municipalityId, Function.identity()));
    }

    /** The places of these partnerships, by partnership id; those without one, and unknown ids, are left out. */
    // A published record names its partnership to anyone (its public page does), so where it is may be shown too.
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Map<Long, Place> partnerships(Collection<Long> ids) {
        Map<Long, Place> places = new HashMap<>();
        for (Partnership partnership : batched(ids, partnerships::findAllById)) {
            place(partnership).ifPresent(place -> places.put(partnership.getId(), place));
        }
        return places;
    }

    /** Every partnership of the register that has a place, by name: the map's layer for those who read the register. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PartnershipPlace> partnershipsOnMap() {
        List<PartnershipPlace> found = new ArrayList<>();
        for (Partnership partnership : partnerships.findAll()) {
            place(partnership).ifPresent(place -> found.add(new PartnershipPlace(partnership.getId(),
                    partnership.getName(), partnership.getLegalForm().getCode(), partnership.getMembers().stream()
                            .map(m -> m.getMunicipality().getCountry()).collect(Collectors.toCollection(TreeSet::new)),
                    partnership.getStatus(), place)));
        }
        found.sort(Comparator.comparing(p -> p.name().toLowerCase(java.util.Locale.ROOT)));
        return found;
    }

    private static Optional<Place> place(Partnership partnership) {
        List<PartnershipMember> members = partnership.getMembers();
        return members.stream().filter(m -> m.getRole() == MemberRole.LEAD).findFirst()
                .flatMap(m -> m.getMunicipality().place())
                .or(() -> members.stream().map(PartnershipMember::getMunicipality)
                        .sorted(Comparator.comparing(Municipality::getName)).map(Municipality::place)
                        .flatMap(Optional::stream).findFirst());
    }

    private static <T> List<T> batched(Collection<Long> ids, Function<List<Long>, List<T>> find) {
        List<Long> all = List.copyOf(Set.copyOf(ids));
        List<T> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += BATCH) {
            found.addAll(find.apply(all.subList(from, Math.min(all.size(), from + BATCH))));
        }
        return found;
    }
}
