package org.imcregistry.practice.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.springframework.modulith.NamedInterface;

/**
 * The search field of the list, of the map and of the home page: the same words, limits and keys everywhere, so
 * they search alike.
 */
@NamedInterface("views")
public final class SearchBox extends TextField {

    public SearchBox() {
        setPlaceholder(getTranslation("practices.search.placeholder"));
        setAriaLabel(getTranslation("practices.search.label"));
        setPrefixComponent(VaadinIcon.SEARCH.create());
        setClearButtonVisible(true);
        setMaxLength(1000);
        addClassName("search-box");
    }

    /** Enter in the box and the button beside it both search for what the box holds. */
    public Button searchesWith(Consumer<String> search) {
        addKeyPressListener(Key.ENTER, e -> search.accept(getValue()));
        Button find = new Button(getTranslation("practices.search.button"), e -> search.accept(getValue()));
        find.addThemeVariants(ButtonVariant.PRIMARY);
        return find;
    }
}
