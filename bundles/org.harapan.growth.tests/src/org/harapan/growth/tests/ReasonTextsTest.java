package org.harapan.growth.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.harapan.growth.AgeLimit;
import org.harapan.growth.Reason;
import org.junit.jupiter.api.Test;

/** Every reason has an English and an Indonesian text, and the property files hold no other keys. */
class ReasonTextsTest {

    private static Set<String> keys(String file) throws Exception {
        Properties p = new Properties();
        try (InputStream in = Reason.class.getResourceAsStream(file)) {
            p.load(in);
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    @Test
    void everyReasonHasBothTexts() throws Exception {
        Set<String> names = new TreeSet<>();
        for (Reason r : Reason.values()) {
            names.add(r.name());
            if (r != Reason.NONE) {
                assertFalse(r.messageEn().isBlank(), r.name());
                assertFalse(r.messageId().isBlank(), r.name());
                assertNotEquals(r.messageEn(), r.messageId(), r.name() + " is translated");
            }
        }
        assertEquals(names, keys("reasons.properties"));
        assertEquals(names, keys("reasons_id.properties"));
        assertTrue(Reason.UNDER_60_MONTHS_ONLY.messageEn().contains("below 60 months"));
    }

    @Test
    void ageLimitOptionValues() {
        assertEquals(AgeLimit.UP_TO_1856_DAYS, AgeLimit.ofOption("1856"));
        assertEquals(AgeLimit.UNDER_60_MONTHS, AgeLimit.ofOption(" 60 "));
        assertEquals(null, AgeLimit.ofOption("61"));
    }
}
