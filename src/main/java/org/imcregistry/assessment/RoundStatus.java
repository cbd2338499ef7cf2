package org.imcregistry.assessment;

/** A round is open while members answer and the coordinator agrees scores; closed once every criterion has one. */
public enum RoundStatus { OPEN, CLOSED }
