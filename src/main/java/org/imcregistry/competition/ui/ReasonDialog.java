package org.imcregistry.competition.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.imcregistry.common.InvalidInputException;

/**
 * A decision that must be explained (not eligible, shortlist override, conflict of interest): the reason first.
 * Any other refusal reaches the user through the session's error handler, and the dialog stays open.
 */
class ReasonDialog extends Dialog {

    final TextArea reason = new TextArea();

    ReasonDialog(String title, boolean required, Consumer<String> decision, Runnable done) {
        setHeaderTitle(title);
        reason.setLabel(getTranslation(required ? "competition.reason.required" : "competition.reason.optional"));
        reason.setRequiredIndicatorVisible(required);
        reason.setMaxLength(1000);
        reason.setWidthFull();
        add(reason);
        Button confirm = new Button(title, e -> {
            try {
                decision.accept(reason.getValue());
            } catch (InvalidInputException invalid) {
                // the dialog stays open with the reason marked, so the decision can still be explained
                reason.setErrorMessage(getTranslation(invalid.messageKey(), invalid.arguments()));
                reason.setInvalid(true);
                return;
            }
            close();
            done.run();
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), confirm);
        setWidth("34rem");
    }
}
