package org.imcregistry.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.imcregistry.IntegrationTest;
import org.imcregistry.practice.PublicFigures;
import org.imcregistry.practice.PublishedRecords;
import org.imcregistry.practice.ui.PracticesView;
import org.imcregistry.practice.ui.SearchBox;
import org.imcregistry.ui.BrowserlessTestSupport;
import org.imcregistry.ui.EmptyState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The front door offers an anonymous visitor something to do: the good-practice search box, figures of the public
 * registry and its newest public records (never a held one); an empty registry says so instead.
 */
@IntegrationTest
class HomePageTest extends BrowserlessTestSupport {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PublicFigures figures;

    @AfterEach
    void tearDown() {
        signOut();
    }

    @Test
    void anAnonymousVisitorSearchesFromTheFrontDoor() {
        signOut();
        navigate(HomeView.class);
        SearchBox box = $(SearchBox.class).first();
        test(box).setValue("waste");
        // the box searches as the list's does: its button opens the list with the words in its address
        test($(Button.class).withText(text("practices.search.button")).first()).click();
        assertThat(getCurrentView()).isInstanceOf(PracticesView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters()
                .get("q")).containsExactly("waste");
    }

    @Test
    void theFiguresAndTheNewestRecordsAreThoseOfThePublicRegistry() {
        signOut();
        long published = jdbc.queryForObject("select count(*) from practice p where p.status = 'PUBLISHED' and not"
                + " exists (select 1 from practice_hold h where h.practice_id = p.id)", Long.class);
        long partnerships = jdbc.queryForObject("select count(*) from partnership", Long.class);
        navigate(HomeView.class);
        List<String> numbers = $(Span.class).withClassName("home-figure-number").all().stream().map(Span::getText)
                .toList();
        assertThat(numbers).hasSize(3).first().isEqualTo(String.valueOf(published));
        assertThat(numbers.get(2)).isEqualTo(String.valueOf(partnerships));
        assertThat(numbers.get(1)).isNotEqualTo("—").isNotEqualTo("0");

        List<PublishedRecords.Summary> newest = figures.newest(HomeFront.NEWEST);
        assertThat(newestTitles()).hasSize(HomeFront.NEWEST).containsExactlyElementsOf(newest.stream()
                .map(PublishedRecords.Summary::title).toList());

        // a record held back by a competition is not public: it leaves the front door until released
        long held = newest.getFirst().id();
        jdbc.update("insert into practice_hold (practice_id, holder, held_at) values (?, 'test', current_timestamp)",
                held);
        try {
            UI.getCurrent().refreshCurrentRoute(true);
            assertThat(newestTitles()).doesNotContain(newest.getFirst().title()).hasSize(HomeFront.NEWEST);
            assertThat($(Span.class).withClassName("home-figure-number").first().getText())
                    .isEqualTo(String.valueOf(published - 1));
        } finally {
            jdbc.update("delete from practice_hold where practice_id = ? and holder = 'test'", held);
        }
    }

    @Test
    void anEmptyRegistryShowsAnEmptyStateAndMissingCountsAsMissing() {
        signOut();
        navigate(HomeView.class);
        HomeFront front = new HomeFront(new PublicFigures.Figures(3, null), 0, List.of());
        UI.getCurrent().add(front);
        assertThat($(EmptyState.class, front).all()).hasSize(1);
        assertThat(front.getElement().getTextRecursively()).contains(text("home.newest.empty.title"),
                text("home.figure.countries.missing")).doesNotContain(text("home.newest.title"));
        List<String> numbers = $(Span.class, front).withClassName("home-figure-number").all().stream()
                .map(Span::getText).toList();
        assertThat(numbers).containsExactly("3", "—", "0");
    }

    private List<String> newestTitles() {
        return $(RouterLink.class).all().stream().filter(l -> l.getParent().flatMap(p -> p.getParent())
                .filter(list -> list.hasClassName("home-newest-list")).isPresent()).map(RouterLink::getText).toList();
    }
}
