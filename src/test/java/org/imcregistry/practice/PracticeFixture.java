package org.imcregistry.practice;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Signs demo people in and writes records for the good-practice tests. */
@TestComponent
public class PracticeFixture {

    private final UserDetailsService users;
    private final SecurityContextHolderStrategy securityContext;
    private final Practices practices;

    PracticeFixture(UserDetailsService users, SecurityContextHolderStrategy securityContext, Practices practices) {
        this.users = users;
        this.securityContext = securityContext;
        this.practices = practices;
    }

    public void as(String username) {
        var details = users.loadUserByUsername(username);
        securityContext.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, "n/a", details.getAuthorities()));
    }

    public void anonymous() {
        securityContext.clearContext();
    }

    public static PracticeContent content(String title, RecordLanguage language, String introduction,
            Set<String> themes, Set<Integer> sdgs, String country, Integer startYear) {
        Map<PracticeSection, String> sections = new EnumMap<>(PracticeSection.class);
        sections.put(PracticeSection.INTRODUCTION, introduction);
        return new PracticeContent(title, "Place", null, country, null, language, startYear, null, null, null, null,
                null, null, null, null, sections, themes, sdgs, Set.of());
    }

    /** The same content with one section's text replaced. */
    public static PracticeContent withSection(PracticeContent c, PracticeSection section, String text) {
        Map<PracticeSection, String> sections = new EnumMap<>(PracticeSection.class);
        sections.putAll(c.sections());
        sections.put(section, text);
        return new PracticeContent(c.title(), c.place(), c.region(), c.country(), c.keywords(), c.language(),
                c.startYear(), c.endYear(), c.partnershipId(), c.website(), c.contact(), c.contributor(),
                c.researcher(), c.documented(), c.photoCredits(), sections, c.themes(), c.sdgs(), c.municipalities());
    }

    /** A record written by the demo member and published by the demo editor; the editor stays signed in. */
    public long published(PracticeContent content) {
        as("member");
        long id = practices.create(content);
        practices.submit(id);
        as("editor");
        practices.publish(id, null);
        return id;
    }
}
