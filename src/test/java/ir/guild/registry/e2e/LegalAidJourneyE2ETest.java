package ir.guild.registry.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import ir.guild.registry.legalaid.CaseStatus;
import ir.guild.registry.legalaid.LegalAidCase;
import ir.guild.registry.legalaid.LegalAidFixtures;

/**
 * The legal-aid journey in a real browser against the real Keycloak: a member files a case with
 * a PDF, a counsel takes it declaring no conflict, starts work and asks for information (and
 * leaves an internal note), the member answers, the counsel resolves it; the member's timeline
 * shows every step and never the note.
 */
@QuarkusTest
@TestProfile(EndToEndProfile.class)
class LegalAidJourneyE2ETest {

    private static final String SUBJECT = "دستمزد سه ماه پرداخت نشده";
    private static final String ASK = "لطفاً قرارداد کار و فیش‌های حقوقی را بفرستید.";
    private static final String ANSWER = "قرارداد را پیوست کردم؛ فیش‌ها را هم فردا می‌فرستم.";
    private static final String NOTE = "یادداشت داخلی: کارفرما در پرونده دیگری هم شاکی دارد.";
    private static final String RESOLUTION = "کارفرما تمام مطالبات را پرداخت کرد.";

    @TestHTTPResource("/")
    String app;

    @Inject
    LegalAidFixtures fixtures;

    private Browser chromium;
    private WebDriver browser;
    private WebDriverWait wait;
    private Path contract;

    @BeforeEach
    void openBrowser() throws IOException {
        contract = Files.createTempFile("contract", ".pdf");
        Files.writeString(contract, "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n", StandardCharsets.US_ASCII);
        chromium = Browser.open(app);
        browser = chromium.driver();
        wait = chromium.waiting();
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
        Files.deleteIfExists(contract);
    }

    @Test
    void aMemberFilesACounselResolvesItAndTheMemberSeesEveryStepButNoInternalNote() {
        // demo-member is an active member in the registry, under their Keycloak account.
        fixtures.clear();
        String subject = RunningKeycloak.claims(RunningKeycloak.passwordGrantToken("guild-cli", "demo-member",
                "member-pass")).path("sub").asText();
        fixtures.member(subject);

        // The member files a case, in Persian, with a PDF.
        chromium.signIn(app + "me/legal-aid/new", "demo-member", "member-pass");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-form")));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        new Select(browser.findElement(By.id("category"))).selectByValue("UNPAID_WAGES");
        new Select(browser.findElement(By.id("urgency"))).selectByValue("HIGH");
        browser.findElement(By.id("subject")).sendKeys(SUBJECT);
        browser.findElement(By.id("description")).sendKeys("از مهر ماه حقوقم پرداخت نشده است.");
        browser.findElement(By.id("counterpartyName")).sendKeys("شرکت فناوران نمونه");
        browser.findElement(By.id("counterpartyType-COMPANY")).click();
        browser.findElement(By.id("amountInDispute")).sendKeys("۲۵۰٬۰۰۰٬۰۰۰");
        browser.findElement(By.id("preferredContact-EMAIL")).click();
        browser.findElement(By.id("documents")).sendKeys(contract.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("#case-form [type=submit]")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("case-status"), "data-status", "SUBMITTED"));
        String caseUrl = browser.getCurrentUrl().replaceAll("\\?.*", "");
        long id = Long.parseLong(caseUrl.replaceAll(".*/me/legal-aid/([0-9]+)$", "$1"));
        LegalAidCase filed = fixtures.reload(id);
        assertThat(filed.subject).isEqualTo(SUBJECT);
        assertThat(filed.amountInDispute).isEqualByComparingTo("250000000");
        assertThat(browser.findElement(By.id("notice")).getText()).contains(filed.caseNumber);
        assertThat(browser.findElements(By.cssSelector("#document-list a"))).hasSize(1);
        chromium.signOut();

        // A counsel finds it in the queue and takes it, declaring no conflict of interest.
        chromium.signIn(app + "counsel", "demo-counsel", "counsel-pass");
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("a[href='/counsel/cases/" + id + "']"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("claim-form")));
        browser.findElement(By.id("claim-no-conflict")).click();
        browser.findElement(By.cssSelector("#claim-form [type=submit]")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("case-status"), "data-status", "ASSIGNED"));
        assertThat(fixtures.reload(id).conflictDeclaredAt).isNotNull();

        // It starts work, writes itself a note, and asks the member for information.
        move("IN_PROGRESS", null);
        browser.findElement(By.id("note-body")).sendKeys(NOTE);
        browser.findElement(By.cssSelector("#note-form [type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline"), NOTE));
        move("AWAITING_MEMBER", ASK);
        chromium.signOut();

        // The member reads the question and answers it; the note is nowhere on the page.
        chromium.signIn(caseUrl, "demo-member", "member-pass");
        wait.until(ExpectedConditions.attributeToBe(By.id("case-status"), "data-status", "AWAITING_MEMBER"));
        assertThat(browser.findElement(By.id("timeline-entries")).getText()).contains(ASK);
        assertThat(browser.getPageSource()).doesNotContain(NOTE);
        browser.findElement(By.id("message")).sendKeys(ANSWER);
        browser.findElement(By.cssSelector("#reply-form [type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline-entries"), ANSWER));
        chromium.signOut();

        // The counsel reads the answer and resolves the case.
        chromium.signIn(app + "counsel/cases/" + id, "demo-counsel", "counsel-pass");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline"), ANSWER));
        move("RESOLVED", RESOLUTION);
        assertThat(fixtures.reload(id).status).isEqualTo(CaseStatus.RESOLVED);
        chromium.signOut();

        // The member's timeline shows each step, in order, and still no note.
        chromium.signIn(caseUrl, "demo-member", "member-pass");
        wait.until(ExpectedConditions.attributeToBe(By.id("case-status"), "data-status", "RESOLVED"));
        List<String> steps = browser.findElements(By.cssSelector("#timeline-entries [data-status]")).stream()
                .map(step -> step.getAttribute("data-status")).toList();
        assertThat(steps).containsExactly("TRIAGED", "ASSIGNED", "IN_PROGRESS", "AWAITING_MEMBER", "RESOLVED");
        String timeline = browser.findElement(By.id("timeline-entries")).getText();
        assertThat(timeline).contains(ASK, ANSWER, RESOLUTION);
        assertThat(timeline.indexOf(ASK)).isLessThan(timeline.indexOf(ANSWER));
        assertThat(timeline.indexOf(ANSWER)).isLessThan(timeline.indexOf(RESOLUTION));
        assertThat(browser.getPageSource()).doesNotContain(NOTE);
        assertThat(browser.findElements(By.id("reply-form"))).as("a resolved case takes no more replies").isEmpty();
    }

    /** On the counsel's case page: moves the case to {@code status}, with a message to the member if given. */
    private void move(String status, String message) {
        WebElement select = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("move-status")));
        new Select(select).selectByValue(status);
        if (message != null) {
            browser.findElement(By.id("move-message")).sendKeys(message);
        }
        browser.findElement(By.cssSelector("#move-form [type=submit]")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("case-status"), "data-status", status));
    }
}
