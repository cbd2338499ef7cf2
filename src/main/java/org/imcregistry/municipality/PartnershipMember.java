package org.imcregistry.municipality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A municipality's membership of a partnership. */
// JPA fills the id and the non-null columns when it loads a row through the no-arg constructor; the id is read only
// after save. Nullable columns are marked @Nullable.
@SuppressWarnings("NullAway.Init")
@Entity
@Table(name = "partnership_member")
class PartnershipMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partnership_id")
    private Partnership partnership;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "municipality_id")
    private Municipality municipality;

    @Enumerated(EnumType.STRING)
    @Column(name = "member_role", nullable = false, length = 10)
    private MemberRole role;

    @Column(name = "joined_on")
    private @Nullable LocalDate joinedOn;

    protected PartnershipMember() {
    }

    PartnershipMember(Partnership partnership, Municipality municipality, MemberRole role,
            @Nullable LocalDate joinedOn) {
        this.partnership = partnership;
        this.municipality = municipality;
        this.role = role;
        this.joinedOn = joinedOn;
    }

    void change(MemberRole role, @Nullable LocalDate joinedOn) {
        this.role = role;
        this.joinedOn = joinedOn;
    }

    Municipality getMunicipality() {
        return municipality;
    }

    MemberRole getRole() {
        return role;
    }

    @Nullable LocalDate getJoinedOn() {
        return joinedOn;
    }
}
