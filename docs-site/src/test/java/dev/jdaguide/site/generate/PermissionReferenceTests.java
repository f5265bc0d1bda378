package dev.jdaguide.site.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import net.dv8tion.jda.api.Permission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PermissionReferenceTests {

    private static String rowOf(Permission permission) {
        String table = PermissionReference.table();
        int start = table.indexOf("\n|" + permission.name() + "\n");
        assertTrue(start >= 0, "no row for " + permission);
        int end = table.indexOf("\n\n", start + 1);
        return table.substring(start + 1, end < 0 ? table.length() : end);
    }

    @Test
    void listsEveryPermissionButUnknown() {
        long expected = Arrays.stream(Permission.values()).filter(p -> p != Permission.UNKNOWN).count();

        assertEquals(expected, PermissionReference.permissions().size());
        assertFalse(PermissionReference.table().contains("|UNKNOWN\n"));
    }

    @Test
    void rowShowsNameBitAndRawValue() {
        assertEquals("|MESSAGE_SEND\n|Send Messages\n|11\n|2048\n|server, channel\n|", rowOf(Permission.MESSAGE_SEND));
    }

    @Test
    void administratorRowNeedsTwoFactor() {
        assertEquals("|ADMINISTRATOR\n|Administrator\n|3\n|8\n|server\n|yes", rowOf(Permission.ADMINISTRATOR));
    }

    @Test
    void moderateMembersDoesNotNeedTwoFactor() {
        assertTrue(rowOf(Permission.MODERATE_MEMBERS).endsWith("|server\n|"), rowOf(Permission.MODERATE_MEMBERS));
    }

    @Test
    void rowsAreOrderedByBit() {
        int previous = -1;
        for (Permission permission : PermissionReference.permissions()) {
            assertTrue(permission.getOffset() >= previous, permission + " is out of order");
            previous = permission.getOffset();
        }
    }

    @Test
    void writesTableFileIntoFolder(@TempDir Path folder) throws IOException {
        PermissionReference.write(folder.resolve("generated-adoc").toString());

        String written = Files.readString(folder.resolve("generated-adoc").resolve(PermissionReference.TABLE_FILE));
        assertEquals(PermissionReference.table(), written);
    }

    @Test
    void missingFolderAttributeIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PermissionReference.write(null));

        assertTrue(e.getMessage().contains("--attribute=generated-dir=PATH"), e.getMessage());
    }
}
