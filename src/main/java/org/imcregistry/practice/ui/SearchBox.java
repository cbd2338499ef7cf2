package org.imcregistry.practice.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.modulith.NamedInterface;

/**
 * The search field of the list, of the map and of the home page: the same words, limits and keys everywhere, so
 * they search alike.
 */
@NamedInterface("views")
public final class SearchBox extends TextField {

    /** Shown at most while typing. */
    static final int SUGGESTIONS = 8;

    private final Div suggestions = new Div();

    public SearchBox() {
        setPlaceholder(getTranslation("practices.search.placeholder"));
        setAriaLabel(getTranslation("practices.search.label"));
        setPrefixComponent(VaadinIcon.SEARCH.create());
        setClearButtonVisible(true);
        setMaxLength(1000);
        addClassName("search-box");
        suggestions.addClassName("type-ahead");
        suggestions.getElement().setAttribute("role", "listbox");
        suggestions.getElement().setAttribute("aria-label", getTranslation("practices.type-ahead"));
        suggestions.setVisible(false);
    }

    /** Enter in the box and the button beside it both search for what the box holds. */
    public Button searchesWith(Consumer<String> search) {
        addKeyPressListener(Key.ENTER, e -> {
            suggestions.setVisible(false);
            search.accept(getValue());
        });
        Button find = new Button(getTranslation("practices.search.button"), e -> search.accept(getValue()));
        find.addThemeVariants(ButtonVariant.PRIMARY);
        return find;
    }

    /**
     * While typing (after a pause), what {@code complete} offers for the words so far is listed under the box; taking
     * one puts it in the box and searches for it. The list is a component of its own, placed by the view.
     */
    Div suggestsFrom(Function<String, List<String>> complete, Consumer<String> search) {
        setValueChangeMode(ValueChangeMode.LAZY);
        setValueChangeTimeout(250);
        addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            suggestions.removeAll();
            List<String> offered = e.getValue().strip().length() < 2 ? List.of() : complete.apply(e.getValue());
            for (String text : offered.subList(0, Math.min(SUGGESTIONS, offered.size()))) {
                Button take = new Button(text, click -> {
                    setValue(text);
                    suggestions.setVisible(false);
                    search.accept(text);
                });
                take.addThemeVariants(ButtonVariant.TERTIARY);
                take.getElement().setAttribute("role", "option");
                suggestions.add(take);
            }
            suggestions.setVisible(!offered.isEmpty());
        });
        return suggestions;
    }
}
