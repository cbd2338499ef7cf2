package org.imcregistry.publicweb;

/**
 * No public page at this address: a missing record, a draft, a rejected or held one, an unknown theme, a page past
 * the end of a list. All look the same to the visitor, so nothing says that a hidden record exists.
 */
final class NotPublic extends RuntimeException {

    NotPublic() {
        // Thrown for every unknown address a crawler tries: no stack trace to fill, none to log.
        super(null, null, false, false);
    }
}
