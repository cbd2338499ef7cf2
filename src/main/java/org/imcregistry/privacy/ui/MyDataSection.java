package org.imcregistry.privacy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.imcregistry.privacy.PersonalDataRights;
import org.imcregistry.security.ui.MyAccountSection;

/** "My account": a person downloads everything the app holds about them, without asking anyone. */
@org.springframework.stereotype.Component
class MyDataSection implements MyAccountSection {

    private final PersonalDataRights rights;

    MyDataSection(PersonalDataRights rights) {
        this.rights = rights;
    }

    @Override
    public Component build() {
        UI ui = UI.getCurrent();
        Div section = new Div(new H2(ui.getTranslation("privacy.mine.title")),
                new Paragraph(ui.getTranslation("privacy.mine.text")),
                PersonalDataDownload.anchor(rights::exportMine, "my-data.json", ui.getTranslation("privacy.mine.download")));
        section.addClassName("my-data");
        return section;
    }
}
