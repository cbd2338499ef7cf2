package org.imcregistry.practice;

import java.util.Arrays;

/**
 * The licence under which others may reuse a record, by its SPDX identifier (as the database and the open data
 * carry it) and the address of its legal text. Creative Commons only: they are what public bodies in Europe publish
 * open content under, and readers know them.
 */
public enum RecordLicence {
    CC_BY_4_0("CC-BY-4.0", "https://creativecommons.org/licenses/by/4.0/"),
    CC_BY_SA_4_0("CC-BY-SA-4.0", "https://creativecommons.org/licenses/by-sa/4.0/"),
    CC0_1_0("CC0-1.0", "https://creativecommons.org/publicdomain/zero/1.0/");

    /** What a record is under unless its author chooses otherwise. */
    public static final RecordLicence DEFAULT = CC_BY_4_0;

    private final String spdx;
    private final String url;

    RecordLicence(String spdx, String url) {
        this.spdx = spdx;
        this.url = url;
    }

    public String spdx() {
        return spdx;
    }

    public String url() {
        return url;
    }

    public static RecordLicence ofSpdx(String spdx) {
        return Arrays.stream(values()).filter(l -> l.spdx.equals(spdx)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown licence " + spdx));
    }
}
