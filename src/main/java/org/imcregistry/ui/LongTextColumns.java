package org.imcregistry.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.function.ValueProvider;
import org.jspecify.annotations.Nullable;

/**
 * Grid columns of names that may be long (a practice's title, an applicant partnership): the grid wraps its cells
 * instead of cutting them, and the whole text is also in a tooltip, which opens on hover and on keyboard focus.
 */
public final class LongTextColumns {

    private LongTextColumns() {
    }

    public static <T> Grid.Column<T> add(Grid<T> grid, ValueProvider<T, @Nullable String> text) {
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        return grid.addColumn(item -> orEmpty(text.apply(item))).setTooltipGenerator(item -> orEmpty(text.apply(item)));
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}
