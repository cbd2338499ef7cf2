package org.imcregistry.practice;

import java.util.List;

/**
 * Adoptions across the registry, for the register's overview: how many, by how many partnerships, of how many
 * records, and the most adopted records. Only public records count.
 */
public record AdoptionFigures(long adoptions, long partnerships, long records, List<MostAdopted> mostAdopted) {

    /** A record and the number of partnerships adopting it. */
    public record MostAdopted(long practiceId, String title, long partnerships) {
    }

    public AdoptionFigures {
        mostAdopted = List.copyOf(mostAdopted);
    }
}
