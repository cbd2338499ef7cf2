/**
 * Personal data as the GDPR asks it to be handled: the inventory of what is kept ({@code privacy/personal-data.csv})
 * and the administrators' record of processing activities built from it, the public privacy notice, the scheduled
 * retention rules, and a person's export and erasure, which each feature contributes to through
 * {@link org.imcregistry.common.PersonalDataHolder}.
 */
@NullMarked
package org.imcregistry.privacy;

import org.jspecify.annotations.NullMarked;
