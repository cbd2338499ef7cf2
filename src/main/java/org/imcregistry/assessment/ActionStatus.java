package org.imcregistry.assessment;

/** Where an action of the plan stands. */
public enum ActionStatus { PLANNED, IN_PROGRESS, DONE, DROPPED }
