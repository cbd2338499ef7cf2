package org.imcregistry.practice;

/**
 * Who judges a record, as the competitions know it: the registry asks before it hands a record's full text to a
 * jury ({@link PracticeHolds#contentForJury}), without knowing anything of competitions itself.
 */
public interface JuryReaders {

    /** Whether the signed-in person judges (or manages the judging of) this record. */
    boolean mayJudge(long practiceId);
}
