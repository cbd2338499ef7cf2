package org.imcregistry.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.imcregistry.common.InvalidInputException;
import org.imcregistry.common.Problem;
import org.imcregistry.common.Text;
import org.jspecify.annotations.Nullable;

/** An editor's comment to the author: required when a record goes back or is rejected, optional when published. */
final class ModerationComments {

    private static final int MAX_LENGTH = 4000;

    private ModerationComments() {
    }

    /** The comment, trimmed; refused when blank, since the author must learn what to change or why. */
    static String required(String comment) {
        List<Problem> problems = new ArrayList<>();
        String text = Text.required(comment, "comment", MAX_LENGTH, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(List.of(Problem.of("comment", "practice.error.comment-required")));
        }
        return Objects.requireNonNull(text, "a required text with no problems is present");
    }

    static @Nullable String optional(@Nullable String comment) {
        List<Problem> problems = new ArrayList<>();
        String text = Text.optional(comment, "comment", MAX_LENGTH, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return text;
    }
}
