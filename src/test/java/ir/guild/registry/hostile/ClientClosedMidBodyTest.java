package ir.guild.registry.hostile;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;

import ir.guild.registry.notify.CapturedLog;

/**
 * A client that closes its connection while its JSON body is on the way (a partner's call given
 * up at its own timeout) has made no request that can be answered; it is not an error of ours,
 * so nothing is logged as an unexpected error (the log alerts on those), and nothing is written.
 */
@QuarkusTest
class ClientClosedMidBodyTest {

    private static final String SUBMIT = "/api/v1/applications";

    @Test
    @TestSecurity(user = "applicant-gone-mid-body")
    void aBodyCutShortByTheClientIsNoUnexpectedErrorAndWritesNothing() throws Exception {
        try (CapturedLog unexpected = new CapturedLog("ir.guild.registry.common.UnexpectedErrors");
                CapturedLog mappers = new CapturedLog("ir.guild.registry.common.ProblemMappers")) {
            try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
                OutputStream out = socket.getOutputStream();
                out.write(("POST " + SUBMIT + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        + "Accept: application/json\r\nContent-Length: 4000\r\n\r\n{\"fullName\": \"")
                        .getBytes(StandardCharsets.UTF_8));
                out.flush();
                // Long enough for the server to start reading the body, as a slow client's would be.
                Thread.sleep(300);
            }

            long deadline = System.nanoTime() + 15_000_000_000L;
            while (!mappers.all().contains("closed the connection") && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(mappers.all()).contains("closed the connection before the request to " + SUBMIT);
            assertThat(unexpected.lines()).isEmpty();
        }
        given().accept("application/json").when().get(SUBMIT + "/me").then().statusCode(404);
    }
}
