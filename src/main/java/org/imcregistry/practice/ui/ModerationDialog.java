package org.imcregistry.practice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.imcregistry.common.InvalidInputException;

/** An editor's step with a comment to the author: required when sending back or rejecting, optional when publishing. */
class ModerationDialog extends Dialog {

    final TextArea comment = new TextArea();

    ModerationDialog(String action, boolean commentRequired, Consumer<String> step, Runnable done) {
        setHeaderTitle(action);
        comment.setLabel(getTranslation(commentRequired ? "practice.comment.required" : "practice.comment.optional"));
        comment.setRequiredIndicatorVisible(commentRequired);
        comment.setMaxLength(4000);
        comment.setWidthFull();
        comment.setMinHeight("8rem");
        add(comment);
        Button confirm = new Button(action, e -> {
            try {
                step.accept(comment.getValue());
                close();
                done.run();
            } catch (InvalidInputException invalid) {
                comment.setInvalid(true);
                comment.setErrorMessage(getTranslation(invalid.messageKey(), invalid.arguments()));
            }
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), confirm);
        setWidth("36rem");
    }
}
