package org.imcregistry.shell;

import org.imcregistry.ui.LanguageSelect;
import org.imcregistry.ui.LocaleSelection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.imcregistry.common.PublicLinks;
import org.imcregistry.security.ui.LoginView;
import org.imcregistry.security.ui.MyAccountView;

/**
 * The frame around every page: the navigation lists only the views the current user may open
 * (derived from each view's {@code @Menu} and access annotation), the language switch and the account menu.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final AuthenticationContext authentication;

    MainLayout(AuthenticationContext authentication, LocaleSelection localeSelection) {
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        addToNavbar(toggle, spacer(), new LanguageSelect(localeSelection), accountArea());
        addToDrawer(brand(), navigation(), footer());
    }

    private Component brand() {
        RouterLink home = new RouterLink(HomeView.class);
        Icon logo = VaadinIcon.CONNECT_O.create();
        logo.getElement().setAttribute("aria-hidden", "true");
        home.add(logo, new Span(getTranslation("app.name")));
        home.addClassName("brand");
        return home;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("nav.label"));
        nav.addClassName("main-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(VaadinIcon.valueOf(entry.icon()).create());
            }
            nav.addItem(item);
        }
        return nav;
    }

    private Component accountArea() {
        if (!authentication.isAuthenticated()) {
            Button signIn = new Button(getTranslation("nav.sign-in"), VaadinIcon.SIGN_IN.create(),
                    e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(LoginView.class)));
            signIn.addClassName("sign-in-button");
            return signIn;
        }
        MenuBar menu = new MenuBar();
        menu.getElement().setAttribute("aria-label", getTranslation("nav.account-menu"));
        var user = menu.addItem(new HorizontalLayout(VaadinIcon.USER.create(),
                new Span(authentication.getPrincipalName().orElse(""))));
        user.getSubMenu().addItem(getTranslation("nav.my-account"),
                e -> getUI().ifPresent(ui -> ui.navigate(MyAccountView.class)));
        user.getSubMenu().addItem(getTranslation("nav.sign-out"), e -> authentication.logout());
        menu.addClassName("account-menu");
        return menu;
    }

    /** The drawer's foot: the privacy notice, a plain page outside Vaadin, so a full page load (router-ignore). */
    private Component footer() {
        Anchor privacy = new Anchor(PublicLinks.PRIVACY, getTranslation("privacy.nav.footer"));
        privacy.setRouterIgnore(true);
        privacy.addClassName("privacy-link");
        Footer footer = new Footer(privacy);
        footer.addClassName("drawer-footer");
        return footer;
    }

    private static Component spacer() {
        Div spacer = new Div();
        spacer.addClassName("navbar-spacer");
        return spacer;
    }

    /**
     * A new page starts at its top: the layout's content area keeps its scroll position across navigation, so
     * a record opened from far down a result list would otherwise open somewhere in its middle.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (getContent() != null) {
            getContent().getElement().executeJs("let e = this;"
                    + " while (e) { if (e.scrollTop) { e.scrollTop = 0; } e = e.assignedSlot || e.parentElement || e.getRootNode().host; }"
                    + " window.scrollTo(0, 0);");
        }
    }
}
