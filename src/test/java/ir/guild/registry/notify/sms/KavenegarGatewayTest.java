package ir.guild.registry.notify.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ir.guild.registry.common.IranianMobile;
import ir.guild.registry.notify.CapturedLog;

class KavenegarGatewayTest {

    private static final String KEY = "6A4B2C-SECRET-KEY-9F8E7D";
    private static final IranianMobile MEMBER = new IranianMobile("09121234567");
    private static final String PERSIAN_TEXT = "عضویت شما در صنف برنامه‌نویسان تأیید شد. ۱۴۰۵ – جزئیات: https://registry.guild.ir/me";
    private static final Duration QUICK = Duration.ofMillis(700);

    private FakeKavenegar kavenegar;

    @BeforeEach
    void startFake() throws IOException {
        kavenegar = new FakeKavenegar();
    }

    @AfterEach
    void stopFake() {
        kavenegar.close();
    }

    private KavenegarGateway gateway(String sender) {
        return new KavenegarGateway(kavenegar.baseUrl(), KEY, sender, Duration.ofSeconds(2), Duration.ofSeconds(5));
    }

    @Test
    void sendPostsReceptorSenderAndPersianMessageFormEncodedToTheKeyedSendPath() throws Exception {
        gateway("10004346").send(MEMBER, PERSIAN_TEXT);

        assertThat(kavenegar.requests()).hasSize(1);
        FakeKavenegar.Request request = kavenegar.requests().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v1/" + KEY + "/sms/send.json");
        assertThat(request.contentType()).isEqualToIgnoringCase("application/x-www-form-urlencoded; charset=utf-8");
        assertThat(request.form()).containsExactly(
                org.assertj.core.api.Assertions.entry("receptor", "09121234567"),
                org.assertj.core.api.Assertions.entry("sender", "10004346"),
                org.assertj.core.api.Assertions.entry("message", PERSIAN_TEXT));
    }

    @Test
    void sendWithoutASenderLineLeavesTheChoiceToTheAccount() throws Exception {
        gateway(null).send(MEMBER, "hello");

        assertThat(kavenegar.requests().get(0).form()).containsOnlyKeys("receptor", "message");
    }

    @Test
    void lookupPostsReceptorTokenAndTemplateToTheKeyedLookupPath() throws Exception {
        gateway("10004346").sendLookup(MEMBER, "guild-verify", "482910");

        FakeKavenegar.Request request = kavenegar.requests().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v1/" + KEY + "/verify/lookup.json");
        assertThat(request.contentType()).isEqualToIgnoringCase("application/x-www-form-urlencoded; charset=utf-8");
        assertThat(request.form()).containsExactly(
                org.assertj.core.api.Assertions.entry("receptor", "09121234567"),
                org.assertj.core.api.Assertions.entry("token", "482910"),
                org.assertj.core.api.Assertions.entry("template", "guild-verify"));
    }

    @Test
    void theReceiptCarriesTheProvidersMessageIdAndStatus() throws Exception {
        kavenegar.answering(200, "application/json", FakeKavenegar.accepted(8792343L, 5));

        SmsReceipt receipt = gateway(null).send(MEMBER, "hello");

        assertThat(receipt).isEqualTo(new SmsReceipt("8792343", "5"));
    }

    @Test
    void aLookupTokenWithSpacesIsRefusedWithoutARequest() {
        SmsFailure failure = catchThrowableOfType(
                () -> gateway(null).sendLookup(MEMBER, "guild-verify", "48 2910"), SmsFailure.class);

        assertThat(failure.retryable()).isFalse();
        assertThat(failure.getMessage()).doesNotContain("48 2910");
        assertThat(kavenegar.requests()).isEmpty();
    }

    @ParameterizedTest(name = "status {0} retryable: {1}")
    @CsvSource({
            // what a person must fix
            "400, false", "401, false", "403, false", "404, false", "405, false", "406, false", "407, false",
            "411, false", "412, false", "413, false", "414, false", "415, false", "417, false", "419, false",
            "422, false", "424, false", "426, false", "428, false", "431, false", "432, false", "607, false",
            // try later, credit, the provider's own failures
            "402, true", "409, true", "418, true", "429, true", "500, true", "502, true", "503, true" })
    void eachErrorStatusSaysWhetherRetryingCanHelp(int status, boolean retryable) {
        kavenegar.answeringStatus(status);

        SmsFailure failure = catchThrowableOfType(() -> gateway("10004346").send(MEMBER, PERSIAN_TEXT),
                SmsFailure.class);

        assertThat(failure).isNotNull();
        assertThat(failure.retryable()).isEqualTo(retryable);
        assertThat(failure.providerStatus()).isEqualTo(status);
        assertThat(failure.getMessage()).contains("status " + status).doesNotContain(KEY, PERSIAN_TEXT);
    }

    @Test
    void theProviderStatusInTheBodyCountsEvenUnderHttp200() {
        kavenegar.answering(200, "application/json", FakeKavenegar.refused(412));

        SmsFailure failure = catchThrowableOfType(() -> gateway("3000").send(MEMBER, "hello"), SmsFailure.class);

        assertThat(failure.providerStatus()).isEqualTo(412);
        assertThat(failure.retryable()).isFalse();
    }

    @ParameterizedTest(name = "HTTP {0} with a page: retryable {1}")
    @CsvSource({ "502, true", "503, true", "200, true", "404, false", "403, false", "301, false" })
    void anAnswerThatIsNotJsonIsJudgedByItsHttpStatus(int httpStatus, boolean retryable) {
        kavenegar.answering(httpStatus, "text/html", "<html><body>Bad Gateway</body></html>");

        SmsFailure failure = catchThrowableOfType(() -> gateway(null).send(MEMBER, "hello"), SmsFailure.class);

        assertThat(failure.retryable()).isEqualTo(retryable);
        assertThat(failure.providerStatus()).isNull();
        assertThat(failure.getMessage()).contains("HTTP " + httpStatus);
    }

    @Test
    void anAcceptedAnswerWithoutAMessageIdIsRetryable() {
        kavenegar.answering(200, "application/json", "{\"return\":{\"status\":200,\"message\":\"\"},\"entries\":[]}");

        SmsFailure failure = catchThrowableOfType(() -> gateway(null).send(MEMBER, "hello"), SmsFailure.class);

        assertThat(failure.retryable()).isTrue();
    }

    @Test
    void aProviderThatNeverAnswersFailsRetryablyWithinTheRequestTimeout() {
        kavenegar.neverAnswering();
        KavenegarGateway gateway = new KavenegarGateway(kavenegar.baseUrl(), KEY, null, QUICK, QUICK);

        long started = System.nanoTime();
        SmsFailure failure = assertTimeoutPreemptively(Duration.ofSeconds(15),
                () -> catchThrowableOfType(() -> gateway.sendLookup(MEMBER, "guild-verify", "482910"), SmsFailure.class));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(failure.retryable()).isTrue();
        assertThat(failure.getMessage()).contains("no answer within 700 ms").doesNotContain(KEY, "482910");
        // Well under the 10 s default: the configured timeout applied (the margin is for a loaded machine).
        assertThat(took).isGreaterThanOrEqualTo(QUICK).isLessThan(Duration.ofSeconds(8));
        assertThat(kavenegar.requests()).hasSize(1);
    }

    @Test
    void aRefusedConnectionIsRetryable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        KavenegarGateway gateway = new KavenegarGateway("http://127.0.0.1:" + closedPort, KEY, null, QUICK, QUICK);

        SmsFailure failure = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> catchThrowableOfType(() -> gateway.send(MEMBER, PERSIAN_TEXT), SmsFailure.class));

        assertThat(failure.retryable()).isTrue();
        assertThat(failure.providerStatus()).isNull();
        assertThat(failure.getMessage()).doesNotContain(KEY, PERSIAN_TEXT, String.valueOf(closedPort));
        assertThat(failure.getCause()).isNull();
    }

    @Test
    void neitherTheKeyNorTheTextNorTheNumberIsEverLogged() throws Exception {
        try (CapturedLog log = new CapturedLog("ir.guild.registry.notify.sms")) {
            gateway("10004346").send(MEMBER, PERSIAN_TEXT);
            gateway("10004346").sendLookup(MEMBER, "guild-verify", "482910");
            kavenegar.answeringStatus(403);
            catchThrowableOfType(() -> gateway(null).send(MEMBER, PERSIAN_TEXT), SmsFailure.class);
            kavenegar.answering(502, "text/html", "<html>" + KEY + "</html>");
            catchThrowableOfType(() -> gateway(null).send(MEMBER, PERSIAN_TEXT), SmsFailure.class);

            assertThat(log.lines()).as("the successful sends are logged").hasSizeGreaterThanOrEqualTo(2);
            assertThat(log.all()).contains("0912*****67").doesNotContain(KEY, PERSIAN_TEXT, "482910", "09121234567");
        }
    }
}
