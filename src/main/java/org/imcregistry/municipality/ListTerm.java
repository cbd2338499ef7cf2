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

    /** Fills a new term; the position puts it after the shipped ones. */
    static <T extends ListTerm> T create(T term, String code, String en, String nb, String pl, int position) {
        ListTerm base = term;
        base.code = code;
        base.relabel(en, nb, pl);
        base.position = position;
        base.active = true;
        return term;
    }

    void relabel(String en, String nb, String pl) {
        this.labelEn = en;
        this.labelNb = nb;
        this.labelPl = pl;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    Term term() {
        return new Term(code, labelEn, labelNb, labelPl, active);
    }

}
