package dev.jdaguide.site.check;

import static dev.jdaguide.site.check.ProblemAssertions.assertReported;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jdaguide.site.build.BuildProblem;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretScanTests {

    private static final Path FILE = Path.of("page.adoc");
    private static final SecretAllowList NOTHING_ALLOWED = SecretAllowList.parse(Path.of("allow.txt"), "");

    @Test
    void tokenInPageSourceIsReported() {
        assertReported(SiteFixtures.brokenSite().problems(), "content/secret.adoc", 4, "a Discord bot token");
    }

    @Test
    void messageDoesNotRepeatToken() {
        SiteFixtures.BrokenSite site = SiteFixtures.brokenSite();

        assertFalse(site.problems().stream().anyMatch(problem -> problem.message().contains(site.token())
                || problem.fix().contains(site.token())));
    }

    @Test
    void tokenWhoseIdIsNotDigitsPasses() {
        String notAnId = "abcdefghijklmnopqrstuvwx" + ".abcdef." + "a".repeat(27);

        assertTrue(SecretScan.scan(FILE, FILE, notAnId, NOTHING_ALLOWED).isEmpty());
    }

    @Test
    void newLongerTokenIsReported() {
        String token = SiteFixtures.fakeToken() + "b".repeat(11);

        assertEquals(1, SecretScan.scan(FILE, FILE, token, NOTHING_ALLOWED).size());
    }

    @Test
    void clientSecretNearWordSecretIsReported() {
        String text = "client secret:\n" + "Ab1" + "x".repeat(29);

        assertReported(SecretScan.scan(FILE, FILE, text, NOTHING_ALLOWED), "page.adoc", 2, "a client secret");
    }

    @Test
    void randomStringFarFromSecretPasses() {
        String text = "a value\n\n" + "Ab1" + "x".repeat(29);

        assertTrue(SecretScan.scan(FILE, FILE, text, NOTHING_ALLOWED).isEmpty());
    }

    @Test
    void identifierNearSecretPasses() {
        String text = "secret: CLIENT_SECRET_ENVIRONMENT_VARIABLE_NAMES";

        assertTrue(SecretScan.scan(FILE, FILE, text, NOTHING_ALLOWED).isEmpty());
    }

    @Test
    void webhookUrlWithTokenIsReported() {
        String url = "https://discord.com/api/webhooks/" + "1".repeat(18) + "/" + "w".repeat(68);

        assertReported(SecretScan.scan(FILE, FILE, url, NOTHING_ALLOWED), "page.adoc", 1, "webhook URL");
    }

    @Test
    void allowListedFingerprintPasses() {
        String token = SiteFixtures.fakeToken();
        SecretAllowList allowList = SecretAllowList.parse(Path.of("allow.txt"),
                "sha256:" + SecretScan.sha256(token) + " generated fake for this test\n");

        assertTrue(SecretScan.scan(FILE, FILE, token, allowList).isEmpty());
    }

    @Test
    void allowListedPathPasses() {
        SecretAllowList allowList = SecretAllowList.parse(Path.of("allow.txt"), "path:*.adoc test pages\n");

        assertTrue(SecretScan.scan(FILE, FILE, SiteFixtures.fakeToken(), allowList).isEmpty());
    }

    @Test
    void allowListEntryWithoutReasonIsReported() {
        SecretAllowList allowList = SecretAllowList.parse(Path.of("allow.txt"), "# comment\npath:*.adoc\n");

        assertReported(allowList.problems(), "allow.txt", 2, "has no reason");
    }

    @Test
    void projectAllowListIsValid() {
        List<BuildProblem> problems = SecretAllowList.load(SiteFixtures.realSite().root()).problems();

        assertTrue(problems.isEmpty(), () -> ProblemAssertions.describe(problems));
    }
}
