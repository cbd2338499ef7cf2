package org.imcregistry.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.textfield.IntegerField;
import org.junit.jupiter.api.Test;

/** A year typed as "20l9" must be marked, not saved as no year: the field's value is empty then, its text is not. */
class NumberFieldsTest {

    @Test
    void textThatIsNoNumberIsMarkedWhileAnEmptyFieldOrANumberPass() {
        IntegerField typo = new IntegerField();
        typo.getElement().setProperty("value", "20l9"); // what the browser holds; the server's value stays empty
        assertThat(typo.getValue()).isNull();
        assertThat(NumberFields.emptyOrNumber(typo, "Enter a year as a whole number, such as 2019.")).isFalse();
        assertThat(typo.isInvalid()).isTrue();
        assertThat(typo.getErrorMessage()).isEqualTo("Enter a year as a whole number, such as 2019.");

        IntegerField empty = new IntegerField();
        assertThat(NumberFields.emptyOrNumber(empty, "unused")).isTrue();
        assertThat(empty.isInvalid()).isFalse();

        IntegerField year = new IntegerField();
        year.setValue(2019);
        assertThat(NumberFields.emptyOrNumber(year, "unused")).isTrue();
        assertThat(year.isInvalid()).isFalse();
    }
}
