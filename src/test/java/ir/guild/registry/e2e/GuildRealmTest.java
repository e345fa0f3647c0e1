package ir.guild.registry.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import ir.guild.registry.devstack.KeycloakServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static ir.guild.registry.e2e.RunningKeycloak.claims;
import static ir.guild.registry.e2e.RunningKeycloak.clientCredentialsToken;
import static ir.guild.registry.e2e.RunningKeycloak.passwordGrantToken;
import static ir.guild.registry.e2e.RunningKeycloak.readJson;
import static ir.guild.registry.e2e.RunningKeycloak.requestToken;
import static ir.guild.registry.e2e.RunningKeycloak.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The guild realm as Keycloak really serves it, with the demo accounts of the local run and the tests. */
class GuildRealmTest {

    private static final Set<String> GUILD_ROLES = Set.of("member", "admin", "assessor", "counsel", "partner");
    private static final String ISSUER = "http://127.0.0.1:8180/realms/guild";
    private static final String APP_REDIRECT = "http://127.0.0.1:8080/";
    private static final Pattern HTML_TAG = Pattern.compile("<html[^>]*>");
    private static final Pattern REGISTRATION_LINK = Pattern.compile("href=\"([^\"]*/login-actions/registration[^\"]*)\"");

    private static KeycloakServer keycloak;

    @BeforeAll
    static void startKeycloak() {
        keycloak = RunningKeycloak.get();
    }

    static Stream<Arguments> demoUsers() {
        return Stream.of(
                arguments("demo-applicant", "applicant-pass", Set.of()),
                arguments("demo-member", "member-pass", Set.of("member")),
                arguments("demo-admin", "admin-pass", Set.of("admin", "member")),
                arguments("demo-assessor", "assessor-pass", Set.of("assessor", "member")),
                arguments("demo-counsel", "counsel-pass", Set.of("counsel", "member")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoUsers")
    void demoUserTokenCarriesExactlyItsGuildRolesAndProfile(String username, String password, Set<String> expectedRoles) {
        JsonNode claims = claims(passwordGrantToken("guild-cli", username, password));

        assertThat(guildRoles(claims)).isEqualTo(expectedRoles);
        assertThat(audience(claims)).contains("guild-web");
        assertThat(claims.path("iss").asText()).isEqualTo(ISSUER);
        assertThat(claims.path("sub").asText()).isNotBlank();
        assertThat(claims.path("preferred_username").asText()).isEqualTo(username);
        assertThat(claims.path("email").asText()).isEqualTo(username + "@guild.example");
        assertThat(claims.path("email_verified").asBoolean()).isTrue();
        String givenName = claims.path("given_name").asText();
        String familyName = claims.path("family_name").asText();
        assertThat(givenName).isNotBlank();
        assertThat(familyName).isNotBlank();
        assertThat(claims.path("name").asText()).isEqualTo(givenName + " " + familyName);
    }

    @Test
    void partnerClientCredentialsTokenCarriesPartnerRoleAndGuildAudience() {
        JsonNode claims = claims(clientCredentialsToken("demo-partner", "demo-partner-secret"));

        assertThat(guildRoles(claims)).containsExactly("partner");
        assertThat(audience(claims)).contains("guild-web");
        assertThat(claims.path("azp").asText()).isEqualTo("demo-partner");
        assertThat(claims.path("iss").asText()).isEqualTo(ISSUER);
    }

    /**
     * A realm file that defines client scopes gets them only after Keycloak created its built-in clients, so
     * every client must name its default scopes; partner clients created later get the realm defaults.
     */
    @Test
    void everyClientGetsTheGuildAudienceAndTheStandardScopes() {
        String token = clientCredentialsToken("guild-admin", secret("GUILD_ADMIN_CLIENT_SECRET", "guild-admin-secret"));
        HttpResponse<String> clients = admin(token, "GET", "/clients", null);
        assertThat(clients.statusCode()).isEqualTo(200);

        JsonNode all = readJson(clients.body());
        assertThat(all.findValuesAsText("clientId")).contains("account-console", "admin-cli", "guild-web", "demo-partner");
        for (JsonNode client : all) {
            List<String> scopes = new ArrayList<>();
            client.path("defaultClientScopes").forEach(scope -> scopes.add(scope.asText()));
            assertThat(scopes).as("default client scopes of %s", client.path("clientId").asText())
                    .contains("guild-audience", "basic", "profile", "email", "roles", "web-origins", "acr");
        }
    }

    @Test
    void shortLivedClientIssuesOneSecondAccessTokens() {
        JsonNode claims = claims(passwordGrantToken("guild-cli-short", "demo-member", "member-pass"));

        assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isEqualTo(1);
        assertThat(guildRoles(claims)).containsExactly("member");
    }

    @Test
    void regularAccessTokensLiveFiveMinutes() {
        JsonNode claims = claims(passwordGrantToken("guild-cli", "demo-member", "member-pass"));

        assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isEqualTo(300);
    }

    @Test
    void wrongPasswordIsRefused() {
        HttpResponse<String> response = requestToken(Map.of("grant_type", "password", "client_id", "guild-cli",
                "username", "demo-applicant", "password", "not-the-password"));

        // Keycloak 26 answers invalid_grant with 400, as RFC 6749 section 5.2 says.
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = readJson(response.body());
        assertThat(body.path("error").asText()).isEqualTo("invalid_grant");
        assertThat(body.has("access_token")).isFalse();
    }

    @Test
    void webClientDoesNotAllowThePasswordGrant() {
        HttpResponse<String> response = requestToken(Map.of("grant_type", "password", "client_id", "guild-web",
                "client_secret", secret("GUILD_WEB_CLIENT_SECRET", "guild-web-secret"),
                "username", "demo-member", "password", "member-pass"));

        // unauthorized_client (not invalid_client) also shows that the secret placeholder resolved to its default.
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = readJson(response.body());
        assertThat(body.path("error").asText()).isEqualTo("unauthorized_client");
        assertThat(body.has("access_token")).isFalse();
    }

    @Test
    void adminServiceAccountManagesUsersButNotTheRealm() {
        String token = clientCredentialsToken("guild-admin", secret("GUILD_ADMIN_CLIENT_SECRET", "guild-admin-secret"));
        assertThat(audience(claims(token))).contains("guild-web");

        HttpResponse<String> users = admin(token, "GET", "/users?max=100", null);
        assertThat(users.statusCode()).isEqualTo(200);
        List<String> emails = readJson(users.body()).findValuesAsText("email");
        assertThat(emails).contains("demo-applicant@guild.example", "demo-member@guild.example", "demo-admin@guild.example",
                "demo-assessor@guild.example", "demo-counsel@guild.example");

        HttpResponse<String> memberRole = admin(token, "GET", "/roles/member", null);
        assertThat(memberRole.statusCode()).isEqualTo(200);

        assertThat(admin(token, "PUT", "", "{\"displayName\":\"taken over\"}").statusCode()).isEqualTo(403);
        assertThat(admin(token, "POST", "/roles", "{\"name\":\"intruder\"}").statusCode()).isEqualTo(403);
    }

    @Test
    void adminServiceAccountCreatesUsersAndGrantsThemGuildRoles() {
        String token = clientCredentialsToken("guild-admin", secret("GUILD_ADMIN_CLIENT_SECRET", "guild-admin-secret"));
        String username = "e2e-" + UUID.randomUUID() + "@guild.example";
        String user = "{\"username\":\"" + username + "\",\"email\":\"" + username + "\",\"firstName\":\"نیما\","
                + "\"lastName\":\"آزمون\",\"enabled\":true}";

        HttpResponse<String> created = admin(token, "POST", "/users", user);
        assertThat(created.statusCode()).isEqualTo(201);
        String userPath = URI.create(created.headers().firstValue("Location").orElseThrow()).getPath()
                .replaceFirst("^/admin/realms/guild", "");
        try {
            String memberRole = admin(token, "GET", "/roles/member", null).body();
            assertThat(admin(token, "POST", userPath + "/role-mappings/realm", "[" + memberRole + "]").statusCode())
                    .isEqualTo(204);
            List<String> roles = readJson(admin(token, "GET", userPath + "/role-mappings/realm", null).body())
                    .findValuesAsText("name");
            assertThat(roles).contains("member");
        } finally {
            assertThat(admin(token, "DELETE", userPath, null).statusCode()).isEqualTo(204);
        }
    }

    /** What the app does when an admin registers a partner firm. */
    @Test
    void adminServiceAccountCreatesPartnerClientsWhoseTokensTheAppAccepts() {
        String token = clientCredentialsToken("guild-admin", secret("GUILD_ADMIN_CLIENT_SECRET", "guild-admin-secret"));
        String clientId = "e2e-partner-" + UUID.randomUUID();
        String clientSecret = UUID.randomUUID().toString();
        String client = "{\"clientId\":\"" + clientId + "\",\"secret\":\"" + clientSecret + "\",\"publicClient\":false,"
                + "\"serviceAccountsEnabled\":true,\"standardFlowEnabled\":false,\"directAccessGrantsEnabled\":false}";

        HttpResponse<String> created = admin(token, "POST", "/clients", client);
        assertThat(created.statusCode()).isEqualTo(201);
        String clientPath = URI.create(created.headers().firstValue("Location").orElseThrow()).getPath()
                .replaceFirst("^/admin/realms/guild", "");
        try {
            HttpResponse<String> serviceAccount = admin(token, "GET", clientPath + "/service-account-user", null);
            assertThat(serviceAccount.statusCode()).isEqualTo(200);
            String userId = readJson(serviceAccount.body()).path("id").asText();
            String partnerRole = admin(token, "GET", "/roles/partner", null).body();
            assertThat(admin(token, "POST", "/users/" + userId + "/role-mappings/realm", "[" + partnerRole + "]")
                    .statusCode()).isEqualTo(204);

            JsonNode claims = claims(clientCredentialsToken(clientId, clientSecret));
            assertThat(guildRoles(claims)).containsExactly("partner");
            assertThat(audience(claims)).contains("guild-web");
        } finally {
            assertThat(admin(token, "DELETE", clientPath, null).statusCode()).isEqualTo(204);
        }
    }

    @Test
    void loginPageIsPersianByDefaultAndEnglishOnRequest() {
        HttpResponse<String> persian = get(authorizationUrl(APP_REDIRECT), "");
        assertThat(persian.statusCode()).isEqualTo(200);
        assertThat(htmlTag(persian.body())).contains("lang=\"fa\"").contains("dir=\"rtl\"");
        assertThat(persian.body()).contains("صنف برنامه‌نویسان ایران");

        HttpResponse<String> english = get(authorizationUrl(APP_REDIRECT) + "&ui_locales=en", "");
        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(htmlTag(english.body())).contains("lang=\"en\"").doesNotContain("rtl");
        assertThat(english.body()).contains("Iranian Programmers");
    }

    @Test
    void loginPageLinksToSelfRegistrationWithEmailAsUsername() {
        HttpResponse<String> login = get(authorizationUrl(APP_REDIRECT), "");
        Matcher link = REGISTRATION_LINK.matcher(login.body());
        assertThat(link.find()).as("registration link on the login page").isTrue();

        HttpResponse<String> registration = get(keycloak.baseUrl() + link.group(1).replace("&amp;", "&"), cookies(login));
        assertThat(registration.statusCode()).isEqualTo(200);
        assertThat(htmlTag(registration.body())).contains("lang=\"fa\"");
        assertThat(registration.body())
                .contains("name=\"email\"", "name=\"firstName\"", "name=\"lastName\"", "name=\"password-confirm\"")
                .doesNotContain("name=\"username\"");
    }

    @Test
    void loginPageRefusesRedirectsOutsideTheApp() {
        HttpResponse<String> response = get(authorizationUrl("http://attacker.example/"), "");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("name=\"password\"");
    }

    private static Set<String> guildRoles(JsonNode claims) {
        Set<String> roles = new HashSet<>();
        claims.path("realm_access").path("roles").forEach(role -> roles.add(role.asText()));
        roles.retainAll(GUILD_ROLES);
        return roles;
    }

    /** {@code aud} is a string when it holds one audience and an array otherwise. */
    private static Set<String> audience(JsonNode claims) {
        JsonNode aud = claims.path("aud");
        Set<String> audience = new HashSet<>();
        if (aud.isArray()) {
            aud.forEach(value -> audience.add(value.asText()));
        } else if (aud.isTextual()) {
            audience.add(aud.asText());
        }
        return audience;
    }

    /** Keycloak resolves the secret placeholders from the environment it inherits from this JVM. */
    private static String secret(String environmentVariable, String devDefault) {
        return System.getenv().getOrDefault(environmentVariable, devDefault);
    }

    private static HttpResponse<String> admin(String token, String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(keycloak.baseUrl() + "/admin/realms/guild" + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token);
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }
        return send(request.build());
    }

    private static String authorizationUrl(String redirectUri) {
        return keycloak.realmUrl() + "/protocol/openid-connect/auth?client_id=guild-web&response_type=code&scope=openid"
                + "&redirect_uri=" + URLEncoder.encode(redirectUri, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> get(String url, String cookies) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        return send(request.build());
    }

    /**
     * The session cookies a browser sends back to the next page. Keycloak marks them Secure, which browsers
     * accept on 127.0.0.1 but {@link java.net.CookieManager} only returns for https, so they are copied by hand.
     */
    private static String cookies(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .map(cookie -> cookie.substring(0, cookie.indexOf(';') < 0 ? cookie.length() : cookie.indexOf(';')))
                .collect(Collectors.joining("; "));
    }

    private static String htmlTag(String page) {
        Matcher tag = HTML_TAG.matcher(page);
        assertThat(tag.find()).as("<html> tag").isTrue();
        return tag.group();
    }
}
