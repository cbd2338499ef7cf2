package org.imcregistry.competition;

import org.jspecify.annotations.Nullable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.imcregistry.common.InvalidInputException;
import org.imcregistry.common.Problem;
import org.imcregistry.common.UserFacingException;
import org.imcregistry.common.table.Table;
import org.imcregistry.common.table.TableReader;
import org.imcregistry.common.table.TableWriter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import java.util.Objects;

/**
 * For jurors who prefer spreadsheets: their open entries × criteria as a workbook to fill in, and the same
 * workbook read back, checked cell by cell; nothing is saved unless every filled cell is right. In a blind
 * edition the sheet has no applicant column.
 */
@Service
@PreAuthorize("hasRole('JUROR')")
public class ScoringSheet {

    static final String ASSIGNMENT = "assignment";
    static final String CRITERION_ID = "criterion_id";
    static final String SCORE = "score";
    static final String COMMENT = "comment";

    private final Judging judging;
    private final Editions editions;

    ScoringSheet(Judging judging, Editions editions) {
        this.judging = judging;
        this.editions = editions;
    }

    @Transactional(readOnly = true)
    public byte[] download(long editionId) {
        return download(editionId, Locale.ENGLISH);
    }

    /** The sheet with the criteria and categories named in the juror's language. */
    @Transactional(readOnly = true)
    public byte[] download(long editionId, Locale locale) {
        Edition edition = editions.edition(editionId);
        List<String> headers = new ArrayList<>(List.of(ASSIGNMENT, "entry", "category"));
        if (!edition.blind()) {
            headers.add("applicant");
        }
        headers.addAll(List.of(CRITERION_ID, "criterion", "weight", SCORE, COMMENT));
        Map<Long, Map<Long, Judging.Score>> scores = judging.allMine(editionId);
        List<List<?>> rows = new ArrayList<>();
        for (Judging.QueueItem item : judging.queue(editionId)) {
            if (!"ASSIGNED".equals(item.status())) {
                continue;
            }
            for (Edition.Criterion criterion : edition.criteria()) {
                Judging.Score score = scores.getOrDefault(item.assignmentId(), Map.of()).get(criterion.id());
                List<Object> row = new ArrayList<>(Arrays.asList(item.assignmentId(), item.title(),
                        item.category().in(locale)));
                if (!edition.blind()) {
                    row.add(item.applicant());
                }
                row.addAll(Arrays.asList(criterion.id(), criterion.name().in(locale), criterion.weight(),
                        score == null ? null : score.value(), score == null ? null : score.comment()));
                rows.add(row);
            }
        }
        try (TableWriter writer = new TableWriter()) {
            return writer.sheet("Scores", headers, rows).toBytes();
        }
    }

    /** Reads a filled sheet back; every wrong cell is reported with its row and column, and nothing is saved. */
    @Transactional
    public int upload(long editionId, String fileName, byte[] content) {
        Edition edition = editions.edition(editionId);
        Table table = TableReader.read(fileName, content);
        for (String column : List.of(ASSIGNMENT, CRITERION_ID, SCORE, COMMENT)) {
            if (!table.headers().contains(column)) {
                throw new UserFacingException("import.error.missing-columns", column, "assignment, criterion_id, score, comment");
            }
        }
        Map<Long, Judging.QueueItem> open = new HashMap<>();
        judging.queue(editionId).stream().filter(i -> "ASSIGNED".equals(i.status()))
                .forEach(i -> open.put(i.assignmentId(), i));
        List<Problem> problems = new ArrayList<>();
        List<Judging.SheetScore> scores = new ArrayList<>();
        for (Table.Row row : table.rows()) {
            String scoreText = row.get(SCORE);
            if (scoreText == null) {
                continue;
            }
            Long assignment = number(row.get(ASSIGNMENT));
            Long criterion = number(row.get(CRITERION_ID));
            if (assignment == null || !open.containsKey(assignment)) {
                problems.add(Problem.of(cell(row, ASSIGNMENT), "competition.sheet.assignment",
                        Objects.toString(row.get(ASSIGNMENT), "")));
                continue;
            }
            if (criterion == null) {
                problems.add(Problem.of(cell(row, CRITERION_ID), "competition.error.criterion"));
                continue;
            }
            double value;
            try {
                value = Double.parseDouble(scoreText.replace(',', '.'));
            } catch (NumberFormatException e) {
                problems.add(Problem.of(cell(row, SCORE), "competition.sheet.number", scoreText));
                continue;
            }
            String comment = row.get(COMMENT);
            if (comment != null && comment.length() > 2000) {
                problems.add(Problem.of(cell(row, COMMENT), "validation.too-long", 2000));
                continue;
            }
            int before = problems.size();
            ScoreRules.check(edition, criterion, value, comment, cell(row, SCORE), problems);
            if (problems.size() == before) {
                scores.add(new Judging.SheetScore(assignment, criterion, value, comment));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        judging.saveAll(scores);
        return scores.size();
    }

    private static String cell(Table.Row row, String column) {
        return "row " + row.line() + ", " + column;
    }

    private static @Nullable Long number(@Nullable String text) {
        try {
            return text == null ? null : Long.valueOf(text.strip().replaceFirst("\\.0$", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
