package ir.guild.registry.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

import ir.guild.registry.reference.Province;
import ir.guild.registry.web.JalaliDates;

/** {@code GET /api/v1/admin/stats} against a registry whose every figure is known (see {@link DashboardData}). */
@QuarkusTest
@TestSecurity(user = "demo-admin", roles = "admin")
class AdminStatsApiTest {

    @Inject
    DashboardData data;

    /** Seeded once: the tests only read. */
    static DashboardData.Seeded seeded;
    static JsonPath stats;

    @BeforeEach
    void seed() {
        if (seeded != null) {
            return;
        }
        seeded = data.seed();
        stats = given().accept("application/json").when().get("/api/v1/admin/stats")
                .then().statusCode(200).contentType("application/json").extract().jsonPath();
    }

    @Test
    void applicationsWaitingAndTheOldestOnesAge() {
        assertThat(stats.getLong("applications.waiting")).isEqualTo(2);
        assertThat(stats.getLong("applications.needsInfo")).isEqualTo(1);
        assertThat(stats.getString("applications.oldestWaitingSince")).isEqualTo(seeded.oldestWaiting().toString());
        assertThat(stats.getLong("applications.oldestWaitingDays")).isEqualTo(10);
        assertThat(stats.getString("today")).isEqualTo(DashboardData.today().toString());
    }

    @Test
    void membersByStatusWithExpiredApartAndThoseInGoodStandingByProvinceAndGrade() {
        assertThat(stats.getMap("members.byStatus")).containsExactly(
                Map.entry("ACTIVE", 4), Map.entry("SUSPENDED", 1), Map.entry("EXPIRED", 1), Map.entry("REVOKED", 1));
        assertThat(stats.getLong("members.total")).isEqualTo(7);

        Map<String, Integer> provinces = stats.getMap("members.activeByProvince");
        assertThat(provinces).hasSize(Province.values().length);
        Map<String, Integer> counted = new HashMap<>(provinces);
        counted.values().removeIf(count -> count == 0);
        // The expired member of Tehran, the suspended one of Isfahan and the revoked one of Kerman are left out.
        assertThat(counted).containsOnly(Map.entry("TEHRAN", 2), Map.entry("ESFAHAN", 1), Map.entry("FARS", 1));

        assertThat(stats.getMap("members.activeByGrade")).containsExactly(
                Map.entry("ASSOCIATE", 1), Map.entry("MEMBER", 2), Map.entry("SENIOR", 1));
    }

    @Test
    void certificatesIssuedThisJalaliMonthAndInForceByTrack() {
        assertThat(stats.getString("certificates.monthStart"))
                .isEqualTo(JalaliDates.monthStart(DashboardData.today()).toString());
        // Today's, the first of the month's and the revoked one; not the day before the month began.
        assertThat(stats.getLong("certificates.issuedThisMonth")).isEqualTo(3);

        List<Map<String, Object>> tracks = stats.getList("certificates.inForceByTrack");
        assertThat(tracks.subList(0, 2)).extracting(track -> track.get("code"), track -> track.get("inForce"))
                .containsExactly(tuple("DASH_A", 3),
                        tuple("DASH_B", 1));
        assertThat(tracks).filteredOn(track -> "DASH_C".equals(track.get("code")))
                .singleElement().satisfies(track -> {
                    assertThat(track.get("inForce")).isEqualTo(0);
                    assertThat(track.get("titleFa")).isEqualTo("مسیر DASH_C");
                    assertThat(track.get("titleEn")).isEqualTo("Track DASH_C");
                });
    }

    @Test
    void legalAidOpenOverdueByCategoryAndBySlaOutcome() {
        assertThat(stats.getLong("legalAid.open")).isEqualTo(4);
        assertThat(stats.getLong("legalAid.overdue")).isEqualTo(2);
        assertThat(stats.getMap("legalAid.byCategory")).containsExactly(
                Map.entry("UNPAID_WAGES", 3), Map.entry("CONTRACT_DISPUTE", 2), Map.entry("INTELLECTUAL_PROPERTY", 1),
                Map.entry("WRONGFUL_DISMISSAL", 1), Map.entry("WORKPLACE_HARASSMENT", 0), Map.entry("OTHER", 0));
        // 23:00 on the day due is on time; half past midnight after it is late.
        assertThat(stats.getMap("legalAid.bySlaOutcome")).containsExactly(
                Map.entry("ON_TIME", 2), Map.entry("LATE", 1), Map.entry("WAITING", 1), Map.entry("OVERDUE", 2),
                Map.entry("NO_RESPONSE", 1));
    }

    @Test
    void partnerVerificationsSinceSaturday() {
        assertThat(stats.getString("partnerVerifications.weekStart")).isEqualTo(DashboardData.weekStart().toString());
        assertThat(stats.getLong("partnerVerifications.asked")).isEqualTo(2);
        assertThat(stats.getLong("partnerVerifications.verified")).isEqualTo(1);
    }

    @Test
    void applicationsAndApprovalsForEachOfTheLast52Weeks() {
        List<Map<String, Object>> weekly = stats.getList("weekly");
        LocalDate thisWeek = DashboardData.weekStart();
        LocalDate firstWeek = thisWeek.minusWeeks(51);
        assertThat(weekly).hasSize(52);
        assertThat(weekly).extracting(week -> LocalDate.parse((String) week.get("weekStart")))
                .allMatch(day -> day.getDayOfWeek() == DayOfWeek.SATURDAY)
                .startsWith(firstWeek).endsWith(thisWeek);

        // Counted by hand from the data set's days: each application in the week it was submitted,
        // each approval in the week it was decided; the application of 52 weeks ago is outside.
        Map<LocalDate, int[]> expected = new HashMap<>();
        for (DashboardData.Dated dated : seeded.dated()) {
            if (!dated.submitted().isBefore(firstWeek)) {
                expected.computeIfAbsent(JalaliDates.weekStart(dated.submitted()), week -> new int[2])[0]++;
            }
            if (dated.approved() != null && !dated.approved().isBefore(firstWeek)) {
                expected.computeIfAbsent(JalaliDates.weekStart(dated.approved()), week -> new int[2])[1]++;
            }
        }
        for (Map<String, Object> week : weekly) {
            int[] figures = expected.getOrDefault(LocalDate.parse((String) week.get("weekStart")), new int[2]);
            assertThat(List.of(week.get("submitted"), week.get("approved"))).as(week.toString())
                    .containsExactly(figures[0], figures[1]);
        }
        assertThat(weekly.get(0)).containsEntry("submitted", 1).containsEntry("approved", 1);
        assertThat(weekly.get(51)).containsEntry("submitted", 6).containsEntry("approved", 4);
        int total = weekly.stream().mapToInt(week -> (Integer) week.get("submitted")).sum();
        assertThat(total).isEqualTo(seeded.dated().size() - 1);
        assertThat(ChronoUnit.WEEKS.between(firstWeek, thisWeek)).isEqualTo(51);
    }
}
