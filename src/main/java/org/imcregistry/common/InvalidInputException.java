package org.imcregistry.common;

import java.util.List;

/** Input was refused; every problem found is listed, so the user can fix them all at once. */
public class InvalidInputException extends UserFacingException {

    private final transient List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.getFirst().messageKey(), problems.getFirst().argumentArray());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
