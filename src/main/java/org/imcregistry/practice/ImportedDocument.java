package org.imcregistry.practice;

import java.util.List;
import org.imcregistry.common.Problem;
import org.jspecify.annotations.Nullable;

/** What one imported document became: one draft, or several for a brochure, each with what to check in it. */
public record ImportedDocument(String fileName, List<Draft> drafts) {

    /** A new draft, its title (null when none was found), the notes for its author, and its candidate photos. */
    public record Draft(long id, @Nullable String title, List<Problem> notes, List<ImportedImage> images) {
    }

    public int imageCount() {
        return drafts.stream().mapToInt(d -> d.images().size()).sum();
    }
}
