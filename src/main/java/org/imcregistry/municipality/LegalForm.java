package org.imcregistry.municipality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The legal or organisational form of a partnership (IKS, związek międzygminny, ...). */
@Entity
@Table(name = "legal_form")
class LegalForm extends ListTerm {

    /** The country whose law defines the form; null for forms that exist everywhere ("other"). */
    @Column(length = 2)
    private String country;

    String getCountry() {
        return country;
    }
}
