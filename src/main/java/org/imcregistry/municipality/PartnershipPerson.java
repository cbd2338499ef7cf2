package org.imcregistry.municipality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person's place in a partnership. The account lives in security; only its id is kept here. */
// JPA fills the id and the non-null columns when it loads a row through the no-arg constructor; the id is read only
// after save. Nullable columns are marked @Nullable.
@SuppressWarnings("NullAway.Init")
@Entity
@Table(name = "partnership_person")
class PartnershipPerson {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "partnership_id", nullable = false)
    private Long partnershipId;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Enumerated(EnumType.STRING)
    @Column(name = "person_role", nullable = false, length = 20)
    private PersonRole role;

    protected PartnershipPerson() {
    }

    PartnershipPerson(Long partnershipId, Long userId, PersonRole role) {
        this.partnershipId = partnershipId;
        this.userId = userId;
        this.role = role;
    }

    Long getPartnershipId() {
        return partnershipId;
    }

    Long getUserId() {
        return userId;
    }

    PersonRole getRole() {
        return role;
    }
}
