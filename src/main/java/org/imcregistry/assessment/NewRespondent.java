package org.imcregistry.assessment;

import org.jspecify.annotations.Nullable;
import java.util.Locale;

/** Someone without an account whom a coordinator asks to answer a round. */
public record NewRespondent(@Nullable String name, @Nullable String email, @Nullable Long municipalityId, RespondentGroup group, Locale language) {
}
