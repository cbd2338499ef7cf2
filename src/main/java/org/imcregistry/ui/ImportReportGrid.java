package org.imcregistry.ui;

import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.imcregistry.common.Problem;

/** The row-by-row report of an import before anything is written: line, record, ready or refused, and why. */
public class ImportReportGrid<T> extends Grid<T> {

    public ImportReportGrid(List<T> rows, Function<T, Integer> line, Function<T, String> label, Predicate<T> ready,
            Function<T, List<Problem>> problems, Function<Problem, String> reason) {
        addColumn(line::apply).setHeader(getTranslation("import.row")).setAutoWidth(true).setFlexGrow(0);
        addColumn(label::apply).setHeader(getTranslation("import.record")).setFlexGrow(1);
        addColumn(r -> getTranslation(ready.test(r) ? "import.ready" : "import.refused"))
                .setHeader(getTranslation("import.status")).setAutoWidth(true);
        addColumn(r -> problems.apply(r).stream().map(reason).collect(Collectors.joining(" ")))
                .setHeader(getTranslation("import.reasons")).setFlexGrow(3);
        setItems(rows);
        setAllRowsVisible(rows.size() <= 50);
        setPartNameGenerator(r -> ready.test(r) ? null : "refused-row");
        setAriaLabel(getTranslation("import.report"));
    }
}
