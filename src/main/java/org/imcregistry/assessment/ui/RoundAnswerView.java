package org.imcregistry.assessment.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.imcregistry.assessment.AssessmentRounds;
import org.imcregistry.assessment.RoundViews.AnswerSheet;
import org.imcregistry.security.Role;
import org.imcregistry.ui.ViewHeader;

/**
 * A signed-in respondent answers a round criterion by criterion. Each answer is saved as it is given, so closing
 * the browser loses nothing; progress is shown; "submit" locks the answers.
 */
@Route("assessments/:id/answer")
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.MEMBER_NAME})
public class RoundAnswerView extends RoundPage {

    private final AssessmentRounds rounds;

    RoundAnswerView(AssessmentRounds rounds) {
        this.rounds = rounds;
        addClassName("form-view");
    }

    @Override
    protected void show(long id) {
        AnswerSheet sheet = rounds.mySheet(id);
        setPageTitle(sheet.title());
        add(new RouterLink(getTranslation("round.back"), AssessmentsView.class),
                new ViewHeader(sheet.title(), sheet.framework().description().in(getLocale())),
                new AnswerForm(sheet, (key, input) -> rounds.saveAnswer(id, key, input), () -> rounds.submit(id),
                        () -> getUI().ifPresent(ui -> ui.refreshCurrentRoute(false))));
    }
}
