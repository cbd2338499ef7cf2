package org.imcregistry.assessment;

import java.util.Locale;

/** Someone without an account whom a coordinator asks to answer a round. */
public record NewRespondent(String name, String email, Long municipalityId, RespondentGroup group, Locale language) {
}
