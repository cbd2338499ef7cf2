package org.imcregistry.assessment;

/** The perspective a respondent answers from, so that groups can be compared (as ELoGE compares surveys). */
public enum RespondentGroup { OFFICIAL, COUNCILLOR, STAFF, CITIZEN, OTHER }
