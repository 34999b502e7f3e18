package vn.ioc.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AsOfTest {
    @Test
    void aDayIsItsEndAndALocalTimeIsVietnamTime() {
        assertEquals(Instant.parse("2023-08-31T17:00:00Z"), AsOf.parse("2023-08-31"));
        assertEquals(Instant.parse("2023-08-31T10:00:00Z"), AsOf.parse("2023-08-31T17:00"));
        assertEquals(Instant.parse("2023-08-31T10:00:00Z"), AsOf.parse("2023-08-31 17:00:00"));
        assertEquals(Instant.parse("2023-08-31T10:00:00Z"), AsOf.parse("2023-08-31T10:00:00Z"));
        assertEquals(Instant.parse("2023-08-31T10:00:00Z"), AsOf.parse("2023-08-31T17:00:00+07:00"));
        assertNull(AsOf.parse(null));
        assertThrows(IllegalArgumentException.class, () -> AsOf.parse("yesterday"));
    }
}
