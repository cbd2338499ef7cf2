package org.imcregistry.assessment;

/** Who sees individual answers of a round: every member of the partnership, or only its coordinators. */
public enum AnswerVisibility { ALL_MEMBERS, COORDINATOR_ONLY }
