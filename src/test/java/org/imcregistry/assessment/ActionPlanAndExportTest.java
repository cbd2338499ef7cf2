package org.imcregistry.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.imcregistry.IntegrationTest;
import org.imcregistry.common.UserFacingException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

/** The action plan carries over between rounds; the export holds what the reader may see, properly typed. */
@IntegrationTest
@Import(RoundFixture.class)
class ActionPlanAndExportTest {

    @Autowired
    RoundFixture fixture;
    @Autowired
    ActionPlan plan;
    @Autowired
    RoundExport export;
    @Autowired
    AssessmentRounds rounds;

    @AfterEach
    void signOut() {
        fixture.securityContext.clearContext();
    }

    @Test
    void actionsCarryOverToTheNextRoundWithTheirProgress() {
        var first = fixture.open("imc-partnership-climate", AnswerVisibility.COORDINATOR_ONLY);
        ActionPlanItem item = plan.add(first.id(), "information-sharing", "Monthly newsletter to all members",
                "Kari Nordmann", LocalDate.now().plusMonths(3));
        assertThatThrownBy(() -> plan.add(first.id(), "information-sharing", "  ", null, null))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("action.error.text"));

        var second = fixture.open("imc-partnership-climate", AnswerVisibility.COORDINATOR_ONLY);
        assertThat(plan.forRound(second.id())).extracting(ActionPlanItem::id).contains(item.id());
        ActionPlanItem progressed = plan.update(second.id(), new ActionPlanItem(item.id(), item.roundId(),
                item.criterionKey(), item.action(), item.owner(), item.dueDate(), ActionStatus.IN_PROGRESS,
                item.version()));
        assertThat(progressed.status()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThatThrownBy(() -> plan.update(second.id(), item)).as("a stale change")
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("action.error.changed-meanwhile"));

        fixture.as(second.luster());
        assertThat(plan.forRound(second.id())).extracting(ActionPlanItem::status).contains(ActionStatus.IN_PROGRESS);
        assertThatThrownBy(() -> plan.add(second.id(), "fair-burdens", "Sneaky", null, null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theExportHasTypedSheetsAndHidesIndividualAnswersWhereTheRoundDoes() throws IOException {
        var round = fixture.open("imc-partnership-climate", AnswerVisibility.COORDINATOR_ONLY);
        plan.add(round.id(), "fair-burdens", "=HYPERLINK(\"http://evil\")", null, LocalDate.of(2027, 3, 1));
        fixture.as(round.luster());
        rounds.saveAnswer(round.id(), "fair-burdens", new RoundViews.AnswerInput(4.0, null, "+SUM(A1)", null));

        try (var workbook = read(export.workbook(round.id(), Locale.ENGLISH, key -> key))) {
            assertThat(workbook.getSheet("export.sheet.answers")).as("luster may not see individual answers").isNull();
            var perCriterion = workbook.getSheet("results.per-criterion");
            var fairBurdens = perCriterion.getRow(2);
            assertThat(fairBurdens.getCell(3).getNumericCellValue()).as("answers").isEqualTo(1);
            var mean = fairBurdens.getCell(4);
            assertThat(mean == null || mean.getCellType() == org.apache.poi.ss.usermodel.CellType.BLANK)
                    .as("the mean of fewer than three answers is withheld from members: missing, not 0").isTrue();
            var actions = workbook.getSheet("action.title");
            var action = java.util.stream.IntStream.rangeClosed(1, actions.getLastRowNum()).mapToObj(actions::getRow)
                    .filter(r -> r.getCell(1).getStringCellValue().startsWith("=HYPERLINK")).findFirst().orElseThrow();
            assertThat(action.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(action.getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(DateUtil.isCellDateFormatted(action.getCell(3))).isTrue();
        }

        fixture.as("coordinator");
        try (var workbook = read(export.workbook(round.id(), Locale.ENGLISH, key -> key))) {
            var answers = workbook.getSheet("export.sheet.answers");
            assertThat(answers.getLastRowNum()).isEqualTo(1);
            assertThat(answers.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Liv Luster");
            var evidence = answers.getRow(1).getCell(5);
            assertThat(evidence.getStringCellValue()).isEqualTo("+SUM(A1)");
            assertThat(evidence.getCellStyle().getQuotePrefixed()).as("evidence is literal text").isTrue();
        }
    }

    private static XSSFWorkbook read(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }
}
