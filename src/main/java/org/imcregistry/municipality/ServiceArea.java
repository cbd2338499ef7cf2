package org.imcregistry.municipality;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A public service a partnership delivers together (waste, fire and rescue, IT, ...). */
@Entity
@Table(name = "service_area")
class ServiceArea extends ListTerm {
}
