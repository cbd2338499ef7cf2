package org.imcregistry.competition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.imcregistry.IntegrationTest;
import org.imcregistry.practice.PracticeFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The jury's people come from the accounts, not from their table: the candidates are the enabled jurors by name,
 * the progress names each juror, and the audit log names who did what.
 */
@IntegrationTest
@Import({CompetitionFixture.class, PracticeFixture.class})
class JuryNamesTest {

    @Autowired
    CompetitionFixture fixture;
    @Autowired
    PracticeFixture people;
    @Autowired
    Jury jury;
    @Autowired
    CompetitionAudit audit;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void candidatesProgressAndAuditNameThePeopleFromTheirAccounts() {
        long active = fixture.juror("names.active", null);
        long gone = fixture.juror("names.disabled", null);
        jdbc.update("update user_account set enabled = false where id = ?", gone);
        people.as("manager");
        assertThat(jury.candidates()).containsEntry(active, "Juror names.active").doesNotContainKey(gone);

        long edition = fixture.edition("Names edition " + System.nanoTime(), false, Set.of(active), Map.of());
        people.as("manager");
        assertThat(jury.progress(edition)).isEmpty();
        assertThat(audit.lines(edition)).extracting(CompetitionAudit.Line::actor).contains("Marta Nowak")
                .doesNotContain("system");
    }
}
