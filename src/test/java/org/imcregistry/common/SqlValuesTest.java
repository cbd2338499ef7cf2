package org.imcregistry.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SqlValuesTest {

    @Test
    void idsBecomeALiteralListOnceEach() {
        assertThat(SqlValues.idList(List.of(3L, 1L, 3L))).isEqualTo("3,1");
        assertThat(SqlValues.idList(Set.of(42L))).isEqualTo("42");
    }

    @Test
    void noIdsMatchNoRow() {
        // "in (null)" is never true, so a lookup of nothing finds nothing instead of failing on "in ()"
        assertThat(SqlValues.idList(List.of())).isEqualTo("null");
    }
}
