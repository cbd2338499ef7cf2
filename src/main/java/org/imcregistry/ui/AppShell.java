package org.imcregistry.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.aura.Aura;

/** Page-wide settings: the Aura theme (named explicitly, since declaring any stylesheet replaces the default) plus our few styles. */
@StyleSheet(Aura.STYLESHEET)
@StyleSheet("styles.css")
@Meta(name = "description", content = "IMC Registry: inter-municipal cooperation self-assessment, good practices and competitions")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }
}
