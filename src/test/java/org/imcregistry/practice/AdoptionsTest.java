package org.imcregistry.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.imcregistry.IntegrationTest;
import org.imcregistry.common.InvalidInputException;
import org.imcregistry.common.UserFacingException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/**
 * A partnership says it adopts a published record: once, by its own people only, never a record that is not public,
 * with a short note; the author hears of it by mail in their language; its people withdraw it again.
 */
@IntegrationTest
@Import(PracticeFixture.class)
class AdoptionsTest {

    @Autowired
    PracticeFixture fixture;
    @Autowired
    Adoptions adoptions;
    @Autowired
    Practices practices;
    @Autowired
    PracticeHolds holds;
    @Autowired
    JdbcTemplate jdbc;

    long sogn;
    long krakow;

    @BeforeEach
    void partnerships() {
        sogn = partnership("Sogn regionråd");
        krakow = partnership("Stowarzyszenie Metropolia Krakowska");
    }

    @AfterEach
    void signOut() {
        fixture.anonymous();
        jdbc.update("update user_account set preferred_locale = null where username = 'member'");
    }

    @Test
    void aPartnershipAdoptsAPublicRecordOnceAndTheAuthorHearsOfItInTheirLanguage() {
        jdbc.update("update user_account set preferred_locale = 'pl' where username = 'member'");
        long id = fixture.published(record("Shared ferry desk"));
        fixture.as("coordinator");

        adoptions.adopt(id, sogn, "  We copy the ferry desk\nfor Lærdal from May.\u0007 ");

        assertThat(adoptions.of(id)).singleElement().satisfies(a -> {
            assertThat(a.partnershipId()).isEqualTo(sogn);
            assertThat(a.partnershipName()).isEqualTo("Sogn regionråd");
        });
        RecordAdoptions mine = adoptions.onRecord(id);
        assertThat(mine.adoptable()).isTrue();
        assertThat(mine.mayAdoptFor()).as("Sogn adopts it already").isEmpty();
        assertThat(mine.adoptions()).singleElement().satisfies(a -> {
            assertThat(a.note()).isEqualTo("We copy the ferry desk\nfor Lærdal from May.");
            assertThat(a.mayWithdraw()).isTrue();
        });
        assertThat(adoptions.adoptedBy(sogn)).extracting(AdoptedRecord::practiceId).first().isEqualTo(id);

        Map<String, Object> mail = jdbc.queryForMap("select recipient, language, subject, text_body from outbox_message"
                + " where kind = 'PRACTICE_ADOPTED' and subject like ?", "%Shared ferry desk%");
        assertThat(mail.get("recipient")).isEqualTo("member@demo.imc-registry.org");
        assertThat(mail.get("language")).isEqualTo("pl");
        assertThat((String) mail.get("subject")).isEqualTo("Rejestr IMC: Sogn regionråd wdraża Twoją praktykę"
                + " „Shared ferry desk”");
        assertThat((String) mail.get("text_body")).contains("Dzień dobry,", "Napisali:",
                "> We copy the ferry desk\n> for Lærdal from May.", "/good-practices/" + id + "\n", "/account");

        assertThatThrownBy(() -> adoptions.adopt(id, sogn, "Once more.")).isInstanceOf(UserFacingException.class)
                .hasMessage("practice.adoption.error.already")
                .satisfies(e -> assertThat(((UserFacingException) e).arguments()).containsExactly("Sogn regionråd"));
        assertThat(adoptions.of(id)).hasSize(1);
    }

    @Test
    void itsPeopleWithdrawTheAdoptionAndItIsGoneEverywhere() {
        long id = fixture.published(record("Shared payroll office"));
        fixture.as("coordinator");
        adoptions.adopt(id, sogn, "Payroll for seven municipalities.");
        AdoptionFigures before = adoptions.figures(5);

        adoptions.withdraw(id, sogn);

        assertThat(adoptions.of(id)).isEmpty();
        assertThat(adoptions.onRecord(id).mayAdoptFor()).containsOnlyKeys(sogn);
        assertThat(adoptions.adoptedBy(sogn)).extracting(AdoptedRecord::practiceId).doesNotContain(id);
        assertThat(adoptions.figures(5).adoptions()).isEqualTo(before.adoptions() - 1);
        assertThatThrownBy(() -> adoptions.withdraw(id, sogn)).hasMessage("practice.adoption.error.not-adopted");
        adoptions.adopt(id, sogn, "Back again.");
        assertThat(adoptions.of(id)).hasSize(1);
    }

    @Test
    void onlyThePartnershipsOwnPeopleAdoptForItOrWithdraw() {
        long id = fixture.published(record("Shared archive"));
        fixture.as("member");
        assertThatThrownBy(() -> adoptions.adopt(id, sogn, "Not ours.")).hasMessage("practice.adoption.error.not-yours");
        fixture.as("coordinator");
        adoptions.adopt(id, sogn, "Ours.");
        fixture.as("member");
        assertThat(adoptions.onRecord(id).adoptions()).singleElement()
                .satisfies(a -> assertThat(a.mayWithdraw()).isFalse());
        assertThat(adoptions.onRecord(id).mayAdoptFor()).containsOnlyKeys(krakow);
        assertThatThrownBy(() -> adoptions.withdraw(id, sogn)).hasMessage("practice.adoption.error.not-yours");
        fixture.as("admin");
        assertThatThrownBy(() -> adoptions.adopt(id, krakow, "On their behalf."))
                .as("the word is the partnership's, not an administrator's")
                .hasMessage("practice.adoption.error.not-yours");
        assertThatThrownBy(() -> adoptions.withdraw(id, sogn)).hasMessage("practice.adoption.error.not-yours");
        assertThat(adoptions.of(id)).extracting(Adoptions.Adopter::partnershipId).containsExactly(sogn);
    }

    @Test
    void aVisitorReadsTheAdoptionsButCannotAdopt() {
        long id = fixture.published(record("Shared snow clearing"));
        fixture.as("coordinator");
        adoptions.adopt(id, sogn, "Winter 2026.");
        fixture.anonymous();

        assertThat(adoptions.of(id)).extracting(Adoptions.Adopter::partnershipName).containsExactly("Sogn regionråd");
        RecordAdoptions seen = adoptions.onRecord(id);
        assertThat(seen.count()).isEqualTo(1);
        assertThat(seen.mayAdoptFor()).isEmpty();
        assertThat(seen.adoptions()).allSatisfy(a -> assertThat(a.mayWithdraw()).isFalse());
        assertThatThrownBy(() -> adoptions.adopt(id, krakow, "Sneaky."))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
        assertThatThrownBy(() -> adoptions.withdraw(id, sogn))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
        assertThatThrownBy(() -> adoptions.adoptedBy(sogn))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
    }

    @Test
    void aRecordThatIsNotPublicCannotBeAdopted() {
        fixture.as("member");
        long draft = practices.create(record("Draft ferry desk"));
        assertThatThrownBy(() -> adoptions.adopt(draft, krakow, "Too early."))
                .hasMessage("practice.adoption.error.not-public");
        practices.submit(draft);
        assertThatThrownBy(() -> adoptions.adopt(draft, krakow, "Still too early."))
                .hasMessage("practice.adoption.error.not-public");
        assertThat(adoptions.onRecord(draft).adoptable()).isFalse();
        assertThat(adoptions.onRecord(draft).mayAdoptFor()).isEmpty();
        fixture.as("coordinator");
        assertThatThrownBy(() -> adoptions.adopt(draft, sogn, "Not readable.")).hasMessage("practice.error.not-found");

        long held = fixture.published(record("Held ferry desk"));
        fixture.as("coordinator");
        adoptions.adopt(held, sogn, "Before the competition.");
        fixture.as("manager");
        holds.hold(held, "adoption-test");
        fixture.as("member");
        assertThatThrownBy(() -> adoptions.adopt(held, krakow, "While held.")).isInstanceOf(UserFacingException.class);
        fixture.as("manager");
        assertThatThrownBy(() -> adoptions.adopt(held, krakow, "While held.")).isInstanceOf(UserFacingException.class);
        assertThat(adoptions.of(held)).as("a held record shows nobody adopting it").isEmpty();
        fixture.as("coordinator");
        assertThat(adoptions.adoptedBy(sogn)).extracting(AdoptedRecord::practiceId).doesNotContain(held);
    }

    @Test
    void theNoteIsRequiredAndShort() {
        long id = fixture.published(record("Shared road lab"));
        fixture.as("member");
        for (String blank : new String[] {null, "", "   \n "}) {
            assertThatThrownBy(() -> adoptions.adopt(id, krakow, blank)).isInstanceOf(InvalidInputException.class)
                    .hasMessage("practice.adoption.error.note-required");
        }
        assertThatThrownBy(() -> adoptions.adopt(id, krakow, "x".repeat(Adoptions.NOTE_LENGTH + 1)))
                .isInstanceOf(InvalidInputException.class).hasMessage("practice.adoption.error.note-too-long")
                .satisfies(e -> assertThat(((InvalidInputException) e).arguments()).containsExactly(500, 501));
        assertThat(adoptions.of(id)).isEmpty();
        adoptions.adopt(id, krakow, "y".repeat(Adoptions.NOTE_LENGTH));
        assertThat(adoptions.onRecord(id).adoptions().getFirst().note()).hasSize(Adoptions.NOTE_LENGTH);
    }

    @Test
    void theAuthorIsNotToldOfWhatTheyDidThemselvesAndTheFiguresCountEachAdoption() {
        fixture.as("coordinator");
        AdoptionFigures before = adoptions.figures(50);
        long id = fixture.published(record("Shared ice rink"));
        fixture.as("member");
        adoptions.adopt(id, krakow, "Our own record, and we use it.");
        fixture.as("coordinator");
        adoptions.adopt(id, sogn, "So do we.");

        assertThat(jdbc.queryForObject("select count(*) from outbox_message where kind = 'PRACTICE_ADOPTED'"
                + " and subject like ?", Integer.class, "%Shared ice rink%")).as("only Sogn's adoption").isEqualTo(1);
        AdoptionFigures after = adoptions.figures(50);
        assertThat(after.adoptions()).isEqualTo(before.adoptions() + 2);
        assertThat(after.records()).isEqualTo(before.records() + 1);
        assertThat(after.mostAdopted()).anySatisfy(m -> {
            assertThat(m.practiceId()).isEqualTo(id);
            assertThat(m.partnerships()).isEqualTo(2);
        });
        assertThat(adoptions.figures(1).mostAdopted()).singleElement()
                .satisfies(m -> assertThat(m.partnerships()).isGreaterThanOrEqualTo(2));
    }

    @Test
    void theDemoHasTwoPartnershipsAdoptingTheDigitalServicesCentre() {
        long podhale = jdbc.queryForObject("select id from practice where title = 'Podhale Shared Digital Services"
                + " Centre'", Long.class);
        assertThat(adoptions.of(podhale)).extracting(Adoptions.Adopter::partnershipName)
                .containsExactly("Stowarzyszenie Metropolia Krakowska", "Sogn regionråd");
    }

    private long partnership(String name) {
        return jdbc.queryForObject("select id from partnership where name = ?", Long.class, name);
    }

    private static PracticeContent record(String title) {
        return PracticeFixture.content(title, RecordLanguage.EN, "Three municipalities share one desk.",
                Set.of("GOVERNANCE"), Set.of(11), "NO", 2020);
    }
}
