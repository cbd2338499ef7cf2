package org.imcregistry.security;

/**
 * What a person may do. Spring Security sees each as the authority {@code ROLE_<name>}; views
 * refer to them through the constants so a typo fails at compile time.
 */
public enum Role {
    ADMIN,
    COORDINATOR,
    MEMBER,
    EDITOR,
    MANAGER,
    JUROR;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String COORDINATOR_NAME = "COORDINATOR";
    public static final String MEMBER_NAME = "MEMBER";
    public static final String EDITOR_NAME = "EDITOR";
    public static final String MANAGER_NAME = "MANAGER";
    public static final String JUROR_NAME = "JUROR";

    /** The authority Spring Security checks with {@code hasRole}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
