package org.imcregistry.ui.charts;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;

/** The figures behind a chart as a plain table: the text alternative every chart needs (WCAG 1.1.1). */
public final class FigureTable {

    private FigureTable() {
    }

    public static Details of(String summary, String labelHeader, String valueHeader, Map<String, ? extends Number> figures) {
        var table = new com.vaadin.flow.dom.Element("table");
        table.getClassList().add("figure-table");
        var head = new com.vaadin.flow.dom.Element("tr");
        head.appendChild(cell("th", labelHeader), cell("th", valueHeader));
        table.appendChild(head);
        figures.forEach((label, value) -> {
            var row = new com.vaadin.flow.dom.Element("tr");
            row.appendChild(cell("td", label), cell("td", String.valueOf(value)));
            table.appendChild(row);
        });
        Div holder = new Div();
        holder.getElement().appendChild(table);
        Details details = new Details(new Span(summary), holder);
        details.addClassName("figure-details");
        return details;
    }

    private static com.vaadin.flow.dom.Element cell(String tag, String text) {
        var cell = new com.vaadin.flow.dom.Element(tag);
        cell.setText(text);
        if ("th".equals(tag)) {
            cell.setAttribute("scope", "col");
        }
        return cell;
    }

    static List<String> labels(Map<String, ? extends Number> figures) {
        return List.copyOf(figures.keySet());
    }
}
