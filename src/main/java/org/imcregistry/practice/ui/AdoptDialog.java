package org.imcregistry.practice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.BiConsumer;
import org.imcregistry.common.InvalidInputException;
import org.imcregistry.common.UserFacingException;
import org.imcregistry.practice.Adoptions;

/**
 * "Our partnership adopts this practice": which of the reader's partnerships (the first is chosen), and the note.
 * A note the service refuses is marked on its field; any other refusal (adopted meanwhile from another tab) closes
 * the dialog, and the box shows what is true now.
 */
final class AdoptDialog extends Dialog {

    final Select<Long> partnership = new Select<>();
    final TextArea note = new TextArea();
    final Button adopt;

    /** {@code step} adopts for a partnership with a note; {@code after} runs once the dialog has closed. */
    AdoptDialog(Map<Long, String> choices, BiConsumer<Long, String> step, Runnable after) {
        setHeaderTitle(getTranslation("practice.adoption.dialog.title"));
        partnership.setLabel(getTranslation("practice.adoption.partnership"));
        partnership.setItems(choices.keySet());
        partnership.setItemLabelGenerator(choices::get);
        partnership.setValue(choices.keySet().iterator().next());
        partnership.setEmptySelectionAllowed(false);
        partnership.setWidthFull();
        note.setLabel(getTranslation("practice.adoption.note"));
        note.setHelperText(getTranslation("practice.adoption.note.help", Adoptions.NOTE_LENGTH));
        note.setRequiredIndicatorVisible(true);
        note.setMaxLength(Adoptions.NOTE_LENGTH);
        note.setWidthFull();
        note.setMinHeight("7rem");
        add(new Paragraph(getTranslation("practice.adoption.dialog.text")), partnership, note);
        adopt = new Button(getTranslation("practice.adoption.confirm"), e -> {
            try {
                step.accept(partnership.getValue(), note.getValue());
                close();
                after.run();
            } catch (InvalidInputException invalid) {
                note.setInvalid(true);
                note.setErrorMessage(getTranslation(invalid.messageKey(), invalid.arguments()));
            } catch (UserFacingException refused) {
                close();
                after.run();
                throw refused;
            }
        });
        adopt.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), adopt);
        setWidth("34rem");
    }
}
