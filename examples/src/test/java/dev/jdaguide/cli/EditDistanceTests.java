package dev.jdaguide.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditDistanceTests {

    @ParameterizedTest(name = "{0} to {1} is {2}")
    @CsvSource({
        "MESSAGE_SEND, MESSAGE_SEND, 0",
        "MESAGE_SEND, MESSAGE_SEND, 1",
        "MESSAGE_SNED, MESSAGE_SEND, 2",
        "'', ABC, 3",
        "ABC, '', 3",
        "KICK, BAN, 4",
    })
    void countsInsertionsDeletionsAndSubstitutions(String from, String to, int expected) {
        assertEquals(expected, EditDistance.between(from, to));
    }
}
