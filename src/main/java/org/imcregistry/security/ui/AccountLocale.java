package org.imcregistry.security.ui;

import java.util.Locale;
import java.util.Optional;
import org.imcregistry.security.MyAccount;
import org.imcregistry.ui.RememberedLocale;
import org.springframework.stereotype.Component;

/** The language choice the UI remembers, kept on the signed-in person's account. */
@Component
class AccountLocale implements RememberedLocale {

    private final MyAccount myAccount;

    AccountLocale(MyAccount myAccount) {
        this.myAccount = myAccount;
    }

    @Override
    public Optional<Locale> preferred() {
        return myAccount.preferredLocale();
    }

    @Override
    public void remember(Locale locale) {
        myAccount.rememberLocale(locale);
    }
}
