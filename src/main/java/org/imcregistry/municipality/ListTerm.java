package org.imcregistry.municipality;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** A term of a managed list: a stable code (used in files and filters) and a label per UI language. */
@MappedSuperclass
abstract class ListTerm {

    @Id
    @Column(length = 40)
    private String code;

    @Column(name = "label_en", nullable = false, length = 200)
    private String labelEn;

    @Column(name = "label_nb", nullable = false, length = 200)
    private String labelNb;

    @Column(name = "label_pl", nullable = false, length = 200)
    private String labelPl;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean active;

    String getCode() {
        return code;
    }

    boolean isActive() {
        return active;
    }

    Term term() {
        return new Term(code, labelEn, labelNb, labelPl, active);
    }

}
